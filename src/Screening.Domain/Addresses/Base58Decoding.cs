using System.Buffers;
using System.Security.Cryptography;
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

        output.Clear();
        return alphabet.TryDecode(text, output, out written);
    }

    /// <summary>Bitcoin's Base58Check checksum: the first 4 bytes of SHA-256(SHA-256(payload)).</summary>
    public static bool ChecksumMatches(ReadOnlySpan<byte> decoded)
    {
        if (decoded.Length < 5)
        {
            return false;
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(decoded[..^4], hash);
        SHA256.HashData(hash, hash);
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
        SHA256.HashData(payloadWithoutChecksum, hash);
        SHA256.HashData(hash, hash);
        hash[..4].CopyTo(full[payloadWithoutChecksum.Length..]);
        return alphabet.Encode(full);
    }
}
