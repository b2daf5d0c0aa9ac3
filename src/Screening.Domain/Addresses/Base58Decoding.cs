using System.Buffers;
using SimpleBase;

namespace Screening.Domain.Addresses;

/// <summary>Base58Check helpers shared by the Bitcoin-like, TRON and XRP codecs.</summary>
internal static class Base58Decoding
{
    /// <summary>Longest Base58Check address text this service accepts (26-byte payloads need at most 36 characters).</summary>
    public const int MaxChars = 40;

    /// <summary>
    /// Decodes <paramref name="text"/> into <paramref name="output"/>. SimpleBase 5.6.4 throws ArgumentOutOfRangeException
    /// when the output span is not zeroed (observed here), so the span is cleared first and sized for the input.
    /// </summary>
    public static bool TryDecode(Base58 alphabet, ReadOnlySpan<char> text, Span<byte> output, out int written)
    {
        if (text.Length > MaxChars || output.Length < text.Length)
        {
            written = 0;
            return false;
        }

        // Lookups of unlisted addresses spend most of their time decoding: SimpleBase's general decoder takes
        // over a microsecond for a 34-character address. The two alphabets used here get a direct big-number
        // decode (tested against SimpleBase on every listed address and random payloads); any other falls back.
        if (ReferenceEquals(alphabet, Base58.Bitcoin))
        {
            return TryDecodeDirect(BitcoinDigits, '1', text, output, out written);
        }

        if (ReferenceEquals(alphabet, Base58.Ripple))
        {
            return TryDecodeDirect(RippleDigits, 'r', text, output, out written);
        }

        output.Clear();
        return alphabet.TryDecode(text, output, out written);
    }

    /// <summary>
    /// Base58 to bytes as one big number in 32-bit limbs: each leading zero digit is one leading zero byte,
    /// the rest is the number's minimal big-endian bytes (the same result as every Base58 implementation).
    /// </summary>
    internal static bool TryDecodeDirect(ReadOnlySpan<sbyte> digits, char zeroDigit, ReadOnlySpan<char> text, Span<byte> output, out int written)
    {
        written = 0;
        var zeros = 0;
        while (zeros < text.Length && text[zeros] == zeroDigit)
        {
            zeros++;
        }

        // 58^40 < 2^235: eight 32-bit limbs hold any accepted input.
        Span<uint> limbs = stackalloc uint[8];
        limbs.Clear();
        var used = 0;
        for (var i = zeros; i < text.Length; i++)
        {
            var c = text[i];
            var digit = c < 128 ? digits[c] : (sbyte)-1;
            if (digit < 0)
            {
                return false;
            }

            ulong carry = (ulong)digit;
            for (var limb = 0; limb < used; limb++)
            {
                carry += (ulong)limbs[limb] * 58;
                limbs[limb] = (uint)carry;
                carry >>= 32;
            }

            if (carry != 0)
            {
                limbs[used++] = (uint)carry;
            }
        }

        var numberBytes = used * 4;
        while (numberBytes > 0 && (byte)(limbs[(numberBytes - 1) / 4] >> (8 * ((numberBytes - 1) % 4))) == 0)
        {
            numberBytes--;
        }

        if (zeros + numberBytes > output.Length)
        {
            return false;
        }

        output[..zeros].Clear();
        for (var b = 0; b < numberBytes; b++)
        {
            var fromLow = numberBytes - 1 - b;
            output[zeros + b] = (byte)(limbs[fromLow / 4] >> (8 * (fromLow % 4)));
        }

        written = zeros + numberBytes;
        return true;
    }

    private static sbyte[] DigitTable(string alphabet)
    {
        var table = new sbyte[128];
        Array.Fill(table, (sbyte)-1);
        for (var i = 0; i < alphabet.Length; i++)
        {
            table[alphabet[i]] = (sbyte)i;
        }

        return table;
    }

    private static readonly sbyte[] BitcoinDigits = DigitTable("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");
    private static readonly sbyte[] RippleDigits = DigitTable("rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz");

    /// <summary>Bitcoin's Base58Check checksum: the first 4 bytes of SHA-256(SHA-256(payload)).</summary>
    public static bool ChecksumMatches(ReadOnlySpan<byte> decoded)
    {
        if (decoded.Length < 5)
        {
            return false;
        }

        Span<byte> hash = stackalloc byte[32];
        DoubleSha256.Hash(decoded[..^4], hash);
        return hash[..4].SequenceEqual(decoded[^4..]);
    }

    /// <summary>Finds the first character outside <paramref name="alphabet"/> (-1 if none), for a precise error message.</summary>
    public static int IndexOfInvalidChar(ReadOnlySpan<char> text, SearchValues<char> alphabet) => text.IndexOfAnyExcept(alphabet);

    public static readonly SearchValues<char> BitcoinAlphabet =
        SearchValues.Create("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");

    public static readonly SearchValues<char> RippleAlphabet =
        SearchValues.Create("rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz");

    public static string Encode(Base58 alphabet, ReadOnlySpan<byte> payloadWithoutChecksum)
    {
        Span<byte> full = stackalloc byte[payloadWithoutChecksum.Length + 4];
        payloadWithoutChecksum.CopyTo(full);
        Span<byte> hash = stackalloc byte[32];
        DoubleSha256.Hash(payloadWithoutChecksum, hash);
        hash[..4].CopyTo(full[payloadWithoutChecksum.Length..]);
        return alphabet.Encode(full);
    }
}
