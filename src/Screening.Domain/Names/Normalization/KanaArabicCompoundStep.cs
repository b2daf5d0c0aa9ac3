namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 6f (part of <see cref="KanaWordStep"/>): an "Abd" (servant of) compound written in katakana as one word splits
/// as <see cref="ArabicCompoundSplittingStep"/> splits its Latin spellings, into ABD and the name after the article:
/// アブドルハーリク (MOF, ABD AL-KHALIQ) → ABD + ハーリク, アブドゥルカリム (ABDULKARIM) → ABD + カリム, アブドアルタワブ
/// (ABD-AL-TAWAB) → ABD + タワブ, アブドゥッサラム (ABD AS-SALAM, the article assimilated as ッ) → ABD + サラム.
/// アブドラ, アブドッラー and アブドゥライエ (ABDULLAH, ABDOULAYE) are names of their own and stay whole, as
/// ABDULLAH does in Latin letters. The head alone (アブド) is ABD too, as the lists write it.
/// </summary>
internal static class KanaArabicCompoundStep
{
    /// <summary>The Latin spelling of the head, as the Latin step writes it.</summary>
    public const string Head = "ABD";

    private static readonly string[] Heads = ["アブドゥ", "アブド", "アブデ"];

    /// <summary>The article written against the head: AL (ル, アル, エル) or a sun letter's doubling (ッ).</summary>
    private static readonly string[] Articles = ["アル", "エル", "ル", "ッ"];

    /// <summary>Shorter remainders (アブドル + one kana) are no name of their own.</summary>
    private const int ShortestRemainder = 2;

    /// <summary>Whether the word is the head alone, written apart from the name as the lists often write it (Abd al-Khaliq: アブド・アルハリク).</summary>
    public static bool IsHeadAlone(string word) => word is "アブド" or "アブドゥ";

    /// <summary>The head kana and the name after the article, or null when the word is no Abd compound.</summary>
    public static (string HeadKana, string Remainder)? Split(string word)
    {
        foreach (var head in Heads)
        {
            if (!word.StartsWith(head, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var article in Articles)
            {
                var start = head.Length + article.Length;
                if (string.CompareOrdinal(word, head.Length, article, 0, article.Length) == 0 && word.Length - start >= ShortestRemainder
                    && !(article == "ッ" && word[start] == 'ラ'))
                {
                    // アブドゥッラー is ABDULLAH: the doubled L of Allah, not an article before another name.
                    return (word[..start], word[start..]);
                }
            }
        }

        return null;
    }
}
