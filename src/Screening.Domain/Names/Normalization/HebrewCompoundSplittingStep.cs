namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 6b': an Arabic "Abd al-" compound written in Hebrew letters as one word, "עבדאלמלכ" or "אבדלמלק"
/// (Abdelmalek, SDN DROUKDEL), splits like its Latin form (<see cref="ArabicCompoundSplittingStep"/>) into ABD and the
/// name after the article, so it aligns with the lists' "'Abd-al-Malik" (ABD + MALIK) and "Abdelmalek" (ABD + MALEK)
/// token by token; whole it was one word of seven consonants against two listed tokens, and unmatched. The head is the
/// word עבד (servant), which is ABD whichever letter carries its vowel. "עבדאללה" / "אבדללה" (Abdallah) stay whole: after
/// the article only the two letters of "-lah" remain, a name of its own, as the Latin step keeps ABDALLAH.
/// </summary>
internal static class HebrewCompoundSplittingStep
{
    private static readonly string[] Heads = ["עבד", "אבד"];

    /// <summary>Fewer letters after the article are "-lah" of Abdallah, or too short to be a name by themselves.</summary>
    private const int ShortestNameAfterArticle = 3;

    public static List<string> Apply(List<string> words)
    {
        List<string>? result = null;
        for (var i = 0; i < words.Count; i++)
        {
            var rest = NameAfterArticle(words[i]);
            if (rest is null)
            {
                result?.Add(words[i]);
                continue;
            }

            result ??= words.GetRange(0, i);
            result.Add("ABD");
            result.Add(rest);
        }

        return result ?? words;
    }

    private static string? NameAfterArticle(string word)
    {
        foreach (var head in Heads)
        {
            if (!word.StartsWith(head, StringComparison.Ordinal))
            {
                continue;
            }

            // The article is אל, or ל alone where the alef is not written (אבדלמלק).
            var afterHead = word.AsSpan(head.Length);
            var article = afterHead.StartsWith("אל", StringComparison.Ordinal) ? 2 : afterHead.StartsWith("ל", StringComparison.Ordinal) ? 1 : 0;
            var rest = afterHead[article..];
            return article > 0 && rest.Length >= ShortestNameAfterArticle ? rest.ToString() : null;
        }

        return null;
    }
}
