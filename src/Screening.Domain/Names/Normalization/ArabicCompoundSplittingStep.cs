namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 6b: "Abd" (servant of) and "Abu" (father of) compounds are written joined or apart:
/// "ABDELRAHMAN" / "ABDURRAHMAN" / "ABD AL-RAHMAN" / "ABDUL RAHMAN". Splitting the joined forms into
/// "ABD" + the rest, with the article (and its assimilated sun-letter doubling) removed, lets all four
/// align token by token. "ABDULLAH" / "ABDALLAH" stay whole: they are names of their own, split only from a word typed
/// against them ("ABDALLAHRAMADAN" → "ABDALLAH RAMADAN").
/// </summary>
internal static class ArabicCompoundSplittingStep
{
    private static readonly string[] KeptWhole = ["ABDULLAH", "ABDULLA", "ABDALLAH", "ABDALLA", "ABDELLAH", "ABDOULLAH", "ABDULAH"];

    public static List<string> Apply(List<string> words)
    {
        List<string>? result = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var (head, rest) = SplitAbd(word);
            if (rest is null)
            {
                result?.Add(word);
                continue;
            }

            result ??= words.GetRange(0, i);
            result.Add(head);
            result.Add(rest);
        }

        return result ?? words;
    }

    /// <summary>A whole name typed against the next word loses only the space ("ABDALLAHRAMADAN" for "ABDALLAH, Ramadan").</summary>
    private const int ShortestWordAfterKeptName = 4;

    private static (string Head, string? Remainder) SplitAbd(string word)
    {
        if (word.Length < 7 || !word.StartsWith("ABD", StringComparison.Ordinal) || Array.IndexOf(KeptWhole, word) >= 0)
        {
            return ("ABD", null);
        }

        foreach (var kept in KeptWhole)
        {
            if (word.Length >= kept.Length + ShortestWordAfterKeptName && word.StartsWith(kept, StringComparison.Ordinal))
            {
                return (kept, word[kept.Length..]);
            }
        }

        return ("ABD", SplitAbdArticle(word));
    }

    private static string? SplitAbdArticle(string word)
    {
        var rest = word[3..];
        if (rest[0] is 'U' or 'E' or 'A' or 'O')
        {
            if (rest[1] == 'L' && rest.Length >= 5)
            {
                return rest[2..];
            }

            // Sun-letter assimilation: "ABDURRAHMAN" = "ABD AR-RAHMAN".
            if (rest.Length >= 5 && rest[1] == rest[2] && rest[1] is not ('A' or 'E' or 'I' or 'O' or 'U'))
            {
                return rest[2..];
            }
        }

        return null;
    }
}
