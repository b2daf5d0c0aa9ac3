namespace Screening.Domain.Names.Index;

/// <summary>
/// A size estimate of the index structures from their element counts, using 64-bit CLR layouts
/// (object header 16 bytes, array header 24, string 22 + 2 per char, dictionary entry + bucket ≈ 32).
/// The benchmark also measures the real heap growth of a build; docs/benchmarks.md records both.
/// </summary>
internal static class MemoryEstimate
{
    private const long ObjectHeader = 16;
    private const long ArrayHeader = 24;
    private const long DictionarySlot = 32;

    public static long Of(IndexedName[] names, TokenVocabulary vocabulary, IReadOnlyDictionary<string, int[]> joinedPairs, int entityCount)
    {
        long bytes = ArrayHeader + (names.Length * 32L); // IndexedName: a reference, four 4-byte fields and a bool, padded to 8
        foreach (var name in names)
        {
            bytes += ArrayHeader + (name.TokenIds.Length * 4L);
        }

        for (var i = 0; i < vocabulary.Tokens.Length; i++)
        {
            var token = vocabulary.Tokens[i];
            bytes += ObjectHeader + 40 + String(token.Text) + String(token.Key) + String(token.Skeleton)
                + (ReferenceEquals(token.Spelling, token.Text) ? 0 : String(token.Spelling))
                + 8 + String(vocabulary.KanaPhoneticKeyOf(i));
        }

        // Each token's comparison traits (TokenTraits: three flags and a letter count, 8 bytes).
        bytes += ArrayHeader + (vocabulary.Traits.Length * 8L);

        foreach (var postings in vocabulary.Postings)
        {
            bytes += ArrayHeader + (postings.Length * 4L);
        }

        // Text, key, skeleton and katakana phonetic key lookups, plus the deletion forms (key + small id array each).
        bytes += vocabulary.Tokens.Length * 4L * (DictionarySlot + ArrayHeader + 8);
        bytes += vocabulary.DeletionFormCount * (DictionarySlot + ArrayHeader + 8L);

        // The short kana lookups ("S:IA"): a short string, a slot and an id array each; few, since short keys with their vowels repeat.
        bytes += vocabulary.ShortKanaLookupCount * (DictionarySlot + String("SS:AAA") + ArrayHeader + 8L);
        foreach (var (key, ids) in joinedPairs)
        {
            bytes += DictionarySlot + String(key) + ArrayHeader + (ids.Length * 4L);
        }

        bytes += entityCount * (ObjectHeader + 64L);
        return bytes;
    }

    private static long String(string value) => 22 + (2L * value.Length);
}
