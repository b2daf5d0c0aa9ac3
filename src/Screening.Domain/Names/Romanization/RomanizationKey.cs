using System.Collections.Frozen;
using System.Text;

namespace Screening.Domain.Names.Romanization;

/// <summary>
/// The canonical spelling of a token across romanization systems: Korean and Arabic variants (and
/// abbreviated legal forms) by table, then Cyrillic-system rewrite rules. Two tokens with the same key are romanization variants of one name.
/// </summary>
internal static class RomanizationKey
{
    private static readonly FrozenDictionary<string, string> Variants = BuildVariants();

    /// <summary>The key; the very same string instance as <paramref name="token"/> when the token is already canonical.</summary>
    public static string For(string token)
    {
        if (Variants.TryGetValue(token, out var canonical))
        {
            return canonical == token ? token : canonical;
        }

        if (token.Length <= 2 || !IsAllLetters(token) || HasTripledLetter(token))
        {
            return token;
        }

        var rewritten = Rewrite(token);
        if (Variants.TryGetValue(rewritten, out canonical))
        {
            rewritten = canonical;
        }

        return rewritten == token ? token : rewritten;
    }

    /// <summary>Whether the spelling is a name (or variant) of the romanization tables: "O" is a Korean surname, not an initial.</summary>
    public static bool IsTableSpelling(string token) => Variants.ContainsKey(token);

    /// <summary>Every variant with its canonical form; a variant claimed by two rows is a table error.</summary>
    internal static FrozenDictionary<string, string> BuildVariants()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in new[] { KoreanRomanization.Table, ArabicRomanization.Table, Normalization.LegalFormEquivalence.Table })
        {
            foreach (var (canonical, variants) in table)
            {
                Add(map, canonical, canonical);
                foreach (var variant in variants)
                {
                    Add(map, variant, canonical);
                }
            }
        }

        // Revised Romanization syllables by rule; a table row (curated, with popular spellings) wins where both have one.
        foreach (var (canonical, variant) in HangulRomanization.RevisedVariants())
        {
            // The syllable is its own key as well, so the Cyrillic rewrite rules cannot turn "YON" into "ION" while "YEON" maps to "YON".
            var key = map.TryGetValue(canonical, out var tabled) ? tabled : canonical;
            map.TryAdd(canonical, key);
            map.TryAdd(variant, key);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, string> map, string variant, string canonical)
    {
        if (map.TryGetValue(variant, out var existing) && existing != canonical)
        {
            throw new InvalidOperationException(
                $"Romanization variant '{variant}' maps to both '{existing}' and '{canonical}'.");
        }

        map[variant] = canonical;
    }

    private static string Rewrite(string token)
    {
        var builder = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        foreach (var ending in CyrillicRomanization.AdjectivalEndings)
        {
            if (builder.Length > ending.Length + 2 && EndsWith(builder, ending))
            {
                builder.Length -= ending.Length;
                builder.Append('I');
                break;
            }
        }

        foreach (var (from, to) in CyrillicRomanization.Rules)
        {
            builder.Replace(from, to);
        }

        return builder.ToString();
    }

    private static bool EndsWith(StringBuilder builder, string suffix)
    {
        for (var i = 0; i < suffix.Length; i++)
        {
            if (builder[builder.Length - suffix.Length + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// No romanization writes a letter three times running ("AAAAAAAA" is junk, not a spelling of "A"): folding
    /// doubled letters must not reduce such a token to the listed initial "A" of the weak alias "AHMED, A.".
    /// </summary>
    private static bool HasTripledLetter(string token)
    {
        for (var i = 2; i < token.Length; i++)
        {
            if (token[i] == token[i - 1] && token[i] == token[i - 2])
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllLetters(string token)
    {
        foreach (var c in token)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }
}
