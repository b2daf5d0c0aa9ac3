namespace Screening.Domain.Addresses;

/// <summary>
/// Bitcoin Cash CashAddr ("bitcoincash:q..."/"p...", prefix optional), implemented here because the libraries in use
/// do not ship it. Written from the CashAddr specification (bitcoincash.org spec "cashaddr.md": BCH-code polymod with
/// the five generator constants below, 40-bit checksum over the prefix's low 5 bits, a zero separator and the payload)
/// and tested against that specification's published examples (tests: CashAddrCodecTests).
/// A CashAddr names the same hash as the legacy "1..."/"3..." form, so both normalize to the same bitcoin-legacy key.
/// </summary>
internal static class CashAddrCodec
{
    public const string Prefix = "bitcoincash";
    private const string Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private const int PayloadChars = 42; // version byte + 20-byte hash = 34 words, plus 8 checksum words
    private static readonly string[] Chains = ["BCH"];

    public static bool LooksLikeUnprefixedCashAddr(string text) =>
        text.Length == PayloadChars && text[0] is 'q' or 'p' or 'Q' or 'P';

    public static AddressRecognition Recognize(string text)
    {
        if (text.Any(char.IsAsciiLetterLower) && text.Any(char.IsAsciiLetterUpper))
        {
            return AddressRecognizer.Unrecognized("CashAddr addresses are all lowercase or all uppercase; this one mixes both.");
        }

        var lower = text.ToLowerInvariant();
        var colon = lower.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0 && !lower.AsSpan(0, colon).SequenceEqual(Prefix))
        {
            return AddressRecognizer.Unrecognized(
                $"Unknown address prefix '{text[..colon]}:' (only 'bitcoincash:' is supported; testnet prefixes are not).");
        }

        var payload = lower.AsSpan(colon + 1);
        if (payload.Length != PayloadChars)
        {
            return AddressRecognizer.Unrecognized($"A CashAddr payload has {PayloadChars} characters, this one {payload.Length}.");
        }

        Span<byte> words = stackalloc byte[PayloadChars];
        for (var i = 0; i < payload.Length; i++)
        {
            var value = Charset.IndexOf(payload[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return AddressRecognizer.Unrecognized(
                    $"'{payload[i]}' at position {colon + 2 + i} is not a CashAddr character (1, b, i and o are never used).");
            }

            words[i] = (byte)value;
        }

        if (PolyMod(words) != 0)
        {
            return new RejectedAddress(
                AddressErrorCodes.Checksum,
                "CashAddr checksum does not match: the address has a typo or was truncated or altered.");
        }

        Span<byte> body = stackalloc byte[21];
        if (!TryWordsToBytes(words[..^8], body))
        {
            return AddressRecognizer.Unrecognized("The CashAddr payload has invalid padding bits.");
        }

        var version = body[0];
        if ((version & 0x80) != 0 || (version & 0x07) != 0)
        {
            return AddressRecognizer.Unrecognized($"CashAddr version byte 0x{version:X2} is reserved or not a 160-bit hash.");
        }

        var kind = (version >> 3) switch
        {
            0 => "P2PKH",
            1 => "P2SH",
            _ => null,
        };
        if (kind is null)
        {
            return AddressRecognizer.Unrecognized($"CashAddr type {version >> 3} is not P2PKH or P2SH.");
        }

        return new RecognizedAddress(
            AddressFamily.BitcoinLegacy,
            Base58CheckAddressCodec.HashKey(kind, body[1..]),
            string.Concat(Prefix, ":", payload),
            kind,
            Chains);
    }

    /// <summary>Encodes a 20-byte hash (type 0 = P2PKH, 1 = P2SH) with the "bitcoincash:" prefix.</summary>
    public static string Encode(int type, ReadOnlySpan<byte> hash)
    {
        Span<byte> body = stackalloc byte[21];
        body[0] = (byte)(type << 3);
        hash.CopyTo(body[1..]);
        Span<byte> words = stackalloc byte[PayloadChars];
        var accumulator = 0;
        var bits = 0;
        var count = 0;
        foreach (var b in body)
        {
            accumulator = (accumulator << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                words[count++] = (byte)((accumulator >> bits) & 31);
            }
        }

        words[count++] = (byte)((accumulator << (5 - bits)) & 31);
        words[count..].Clear();
        var checksum = PolyMod(words);
        for (var i = 0; i < 8; i++)
        {
            words[count + i] = (byte)((checksum >> (5 * (7 - i))) & 31);
        }

        var chars = new char[PayloadChars];
        for (var i = 0; i < PayloadChars; i++)
        {
            chars[i] = Charset[words[i]];
        }

        return string.Concat(Prefix, ":", new string(chars));
    }

    /// <summary>The CashAddr BCH-code checksum over the prefix, a zero separator and <paramref name="payloadWords"/>.</summary>
    private static ulong PolyMod(ReadOnlySpan<byte> payloadWords)
    {
        ulong c = 1;
        foreach (var ch in Prefix)
        {
            c = Step(c, (byte)(ch & 0x1F));
        }

        c = Step(c, 0);
        foreach (var word in payloadWords)
        {
            c = Step(c, word);
        }

        return c ^ 1;
    }

    private static ulong Step(ulong c, byte d)
    {
        var c0 = (byte)(c >> 35);
        c = ((c & 0x07ffffffffUL) << 5) ^ d;
        if ((c0 & 0x01) != 0) c ^= 0x98f2bc8e61UL;
        if ((c0 & 0x02) != 0) c ^= 0x79b76d99e2UL;
        if ((c0 & 0x04) != 0) c ^= 0xf33e5fb3c4UL;
        if ((c0 & 0x08) != 0) c ^= 0xae2eabe2a8UL;
        if ((c0 & 0x10) != 0) c ^= 0x1e4f43e470UL;
        return c;
    }

    private static bool TryWordsToBytes(ReadOnlySpan<byte> words, Span<byte> output)
    {
        var accumulator = 0;
        var bits = 0;
        var count = 0;
        foreach (var word in words)
        {
            accumulator = (accumulator << 5) | word;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                if (count == output.Length)
                {
                    return false;
                }

                output[count++] = (byte)((accumulator >> bits) & 0xFF);
            }
        }

        return count == output.Length && (accumulator & ((1 << bits) - 1)) == 0;
    }
}
