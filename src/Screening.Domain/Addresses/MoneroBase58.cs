namespace Screening.Domain.Addresses;

/// <summary>
/// Monero's block-wise Base58: 8-byte blocks become 11 characters, a final partial block of n bytes becomes
/// EncodedBlockSizes[n] characters. Implemented here rather than taken from SimpleBase, because SimpleBase 5.6.4's
/// MoneroBase58 accepts overflowing blocks (it decodes "5R" to 0x00 where Monero rejects it), which would let
/// non-canonical spellings of a listed address through. Written from monero-project/monero src/common/base58.cpp
/// and tested against the vectors of monero-project/monero tests/unit_tests/base58.cpp (tests: MoneroBase58Tests).
/// </summary>
internal static class MoneroBase58
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private const int FullBlockBytes = 8;
    private const int FullBlockChars = 11;
    private static readonly int[] EncodedBlockSizes = [0, 2, 3, 5, 6, 7, 9, 10, 11];

    // Character → digit (-1 outside the alphabet): a 95-character address is decoded on every miss.
    private static readonly sbyte[] Digits = DigitTable();

    private static sbyte[] DigitTable()
    {
        var table = new sbyte[128];
        Array.Fill(table, (sbyte)-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            table[Alphabet[i]] = (sbyte)i;
        }

        return table;
    }

    /// <summary>Number of bytes <paramref name="charCount"/> characters decode to, or -1 when no byte count encodes to that length.</summary>
    public static int DecodedLength(int charCount)
    {
        var lastBlockBytes = Array.IndexOf(EncodedBlockSizes, charCount % FullBlockChars);
        return lastBlockBytes < 0 ? -1 : (charCount / FullBlockChars * FullBlockBytes) + lastBlockBytes;
    }

    public static bool TryDecode(ReadOnlySpan<char> text, Span<byte> output)
    {
        var length = DecodedLength(text.Length);
        if (length < 0 || output.Length != length)
        {
            return false;
        }

        for (int start = 0, outStart = 0; start < text.Length; start += FullBlockChars, outStart += FullBlockBytes)
        {
            var block = text.Slice(start, Math.Min(FullBlockChars, text.Length - start));
            var bytes = Array.IndexOf(EncodedBlockSizes, block.Length);
            if (!TryDecodeBlock(block, output.Slice(outStart, bytes)))
            {
                return false;
            }
        }

        return true;
    }

    public static string Encode(ReadOnlySpan<byte> data)
    {
        var chars = new char[(data.Length / FullBlockBytes * FullBlockChars) + EncodedBlockSizes[data.Length % FullBlockBytes]];
        for (int start = 0, outStart = 0; start < data.Length; start += FullBlockBytes, outStart += FullBlockChars)
        {
            var block = data.Slice(start, Math.Min(FullBlockBytes, data.Length - start));
            ulong value = 0;
            foreach (var b in block)
            {
                value = (value << 8) | b;
            }

            var size = EncodedBlockSizes[block.Length];
            for (var i = size - 1; i >= 0; i--)
            {
                chars[outStart + i] = Alphabet[(int)(value % 58)];
                value /= 58;
            }
        }

        return new string(chars);
    }

    private static bool TryDecodeBlock(ReadOnlySpan<char> block, Span<byte> output)
    {
        ulong value = 0;
        ulong order = 1;
        for (var i = block.Length - 1; i >= 0; i--)
        {
            var c = block[i];
            var digit = c < Digits.Length ? Digits[c] : -1;
            if (digit < 0)
            {
                return false;
            }

            var high = Math.BigMul(order, (ulong)digit, out var low);
            var sum = value + low;
            if (high != 0 || sum < value)
            {
                return false;
            }

            value = sum;
            order = unchecked(order * 58);
        }

        if (output.Length < FullBlockBytes && value >> (8 * output.Length) != 0)
        {
            return false;
        }

        for (var i = output.Length - 1; i >= 0; i--)
        {
            output[i] = (byte)value;
            value >>= 8;
        }

        return true;
    }
}
