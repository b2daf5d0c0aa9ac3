using Screening.Domain.Names.Romanization;

namespace Screening.Domain.Names.Scoring;

/// <summary>
/// What <see cref="KanaPhoneticComparison"/> needs of a kana query token: its Hepburn spelling and consonants, and the
/// same without the Arabic article written against it (<see cref="KatakanaPhoneticKey.WithoutArabicArticle"/>). Built
/// once per query token: built per pair, the keys were strings allocated for every listed token a kana token met.
/// </summary>
internal sealed class KanaQueryKeys
{
    private KanaQueryKeys(string hepburn)
    {
        Hepburn = hepburn;
        Consonants = KatakanaPhoneticKey.ConsonantsOfKana(hepburn);
        WithoutArticle = KatakanaPhoneticKey.WithoutArabicArticle(hepburn);
        WithoutArticleConsonants = WithoutArticle is null ? null : KatakanaPhoneticKey.ConsonantsOfKana(WithoutArticle);
    }

    public string Hepburn { get; }

    /// <summary><see cref="KatakanaPhoneticKey.ConsonantsOfKana"/> of <see cref="Hepburn"/>.</summary>
    public string Consonants { get; }

    /// <summary>The spelling without a leading Arabic article, or null when it has none.</summary>
    public string? WithoutArticle { get; }

    /// <summary>The consonants of <see cref="WithoutArticle"/>; null when it is.</summary>
    public string? WithoutArticleConsonants { get; }

    public static KanaQueryKeys Of(string hepburn) => new(hepburn);
}
