using Screening.Domain.Names.Romanization;

namespace Screening.Domain.Names.Scoring;

/// <summary>
/// How much a kana query token sounds like a listed Latin token, by their <see cref="KatakanaPhoneticKey"/>s. A key of
/// three or more consonants says enough alone (プーチン / PUTIN, PTN): <see cref="NameMatchingOptions.KanaPhoneticSimilarity"/>
/// when the vowels agree as well, else <see cref="NameMatchingOptions.KanaConsonantKeySimilarity"/>. A shorter key
/// (most Arabic, Chinese and Korean names: アリ ALI, タン TANG, アブド ABD, ウン UNG, マイチョウ MAYCHOU) counts only with
/// its vowels: then the whole word sounds the same, consonants merged as Japanese hears them and vowels Japanese adds
/// skipped, and both start with a vowel or both with a consonant; short keys with other vowels (アリ / ORA) or in
/// another order (イル IL / RI) are different names. A word that starts with the Arabic article
/// (アルハリク) also compares without it (HARIK as KHALIQ), as the lists write the article as a word of its own.
/// </summary>
internal static class KanaPhoneticComparison
{
    /// <param name="hepburn">The kana token's Hepburn spelling.</param>
    /// <param name="listedSpelling">The listed token's Latin spelling.</param>
    /// <param name="listedConsonants">The listed token's key however short (<see cref="KatakanaPhoneticKey.ConsonantsOfLatin"/>).</param>
    public static double Similarity(string hepburn, string listedSpelling, string listedConsonants, NameMatchingOptions options) =>
        Similarity(KanaQueryKeys.Of(hepburn), listedSpelling, listedConsonants, options);

    /// <summary>As above, with the kana token's keys computed once per query token rather than once per listed token.</summary>
    public static double Similarity(KanaQueryKeys query, string listedSpelling, string listedConsonants, NameMatchingOptions options)
    {
        var similarity = Compare(query.Hepburn, query.Consonants, listedSpelling, listedConsonants, options);
        if (similarity < options.KanaPhoneticSimilarity && query.WithoutArticle is { } withoutArticle)
        {
            similarity = Math.Max(similarity, Compare(withoutArticle, query.WithoutArticleConsonants!, listedSpelling, listedConsonants, options));
        }

        return similarity;
    }

    private static double Compare(string hepburn, string hepburnConsonants, string listedSpelling, string listedConsonants, NameMatchingOptions options)
    {
        if (listedConsonants.Length == 0 || hepburnConsonants != listedConsonants)
        {
            return 0;
        }

        var vowelsAgree = KatakanaPhoneticKey.VowelsAgree(hepburn, listedSpelling);
        if (listedConsonants.Length < KatakanaPhoneticKey.ShortestUsefulKey)
        {
            // The same consonants and vowels in the same order: a short word that starts with a vowel on one side and
            // a consonant on the other is another name (イル IL is not RI).
            return vowelsAgree && StartsWithVowel(hepburn) == StartsWithVowel(listedSpelling) ? options.KanaPhoneticSimilarity : 0;
        }

        return vowelsAgree ? options.KanaPhoneticSimilarity : options.KanaConsonantKeySimilarity;
    }

    private static bool StartsWithVowel(string spelling) => spelling.Length > 0 && spelling[0] is 'A' or 'E' or 'I' or 'O' or 'U';
}
