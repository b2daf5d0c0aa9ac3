using System.Collections.Frozen;
using System.Text;
using AnyAscii;
using Screening.Domain.Names.Romanization;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 6d, for words in Arabic script. Arabic script leaves out short vowels, so transliteration alone turns
/// "محمد" into "MHMD", which meets "MUHAMMAD" only through the consonant skeleton. A word found in the name
/// dictionary (<see cref="ArabicScriptNames"/>, after <see cref="ArabicLetterFoldingStep"/>) becomes the token of its
/// Latin spelling — the same key, skeleton and weak role as "MUHAMMAD" written in Latin — whose
/// <see cref="NameToken.Text"/> is the folded Arabic word. So it scores as a romanization variant (0.96) against
/// every Latin spelling of the name, and as exact only against the same Arabic spelling.
/// The article is split off as its own token before lookup ("التكريتي" → "ال" + "تكريتي", like "AL-TIKRITI"), and
/// so is a joined "عبد" before it ("عبدالرحمن" → "عبد" + "ال" + "رحمن", as <see cref="ArabicCompoundSplittingStep"/>
/// splits "ABDELRAHMAN"), unless the whole word is in the dictionary ("الله", "عبدالله", "الياس").
/// Any other word keeps the generic transliteration (AnyAscii) of its folded spelling and the skeleton path.
/// </summary>
internal static class ArabicNameDictionaryStep
{
    private const string Article = "ال";
    private const string Abd = "عبد";

    private static readonly FrozenDictionary<string, NameToken> Names = Build(ArabicScriptNames.Table);

    private static readonly FrozenSet<string> NameKeys = Names.Values.Select(t => t.Key).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a romanization key is the key of a name in the dictionary ("UMAR", "AMAR", "HUSAYN").</summary>
    public static bool IsNameKey(string key) => NameKeys.Contains(key);

    /// <summary>Whether the word has Arabic-script letters: after transliteration they are the only non-ASCII characters left.</summary>
    public static bool Applies(string word) => word.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F') >= 0;

    public static void Apply(string word, List<NameToken> tokens)
    {
        if (word.AsSpan().IndexOfAnyInRange('\0', '\u007F') >= 0)
        {
            // Arabic letters run into digits or Latin letters: one token, transliterated as a whole.
            AddTransliterated(word, tokens);
            return;
        }

        var folded = ArabicLetterFoldingStep.Apply(word);
        if (Names.TryGetValue(folded, out var known))
        {
            tokens.Add(known);
            return;
        }

        if (folded.Length >= Abd.Length + Article.Length + 2
            && folded.StartsWith(Abd + Article, StringComparison.Ordinal))
        {
            tokens.Add(Names[Abd]);
            folded = folded[Abd.Length..];
        }

        if (folded.Length >= Article.Length + 2 && folded.StartsWith(Article, StringComparison.Ordinal))
        {
            tokens.Add(Names[Article]);
            folded = folded[Article.Length..];
            if (Names.TryGetValue(folded, out known))
            {
                tokens.Add(known);
                return;
            }
        }

        AddTransliterated(folded, tokens);
    }

    /// <summary>The generic path: AnyAscii, upper case, letters and digits only ("تكريتي" → "TKRYTY").</summary>
    private static void AddTransliterated(string word, List<NameToken> tokens)
    {
        var ascii = word.Transliterate();
        var builder = new StringBuilder(ascii.Length);
        foreach (var c in ascii)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            {
                builder.Append(upper);
            }
        }

        if (builder.Length > 0)
        {
            tokens.Add(NameNormalizer.CreateToken(builder.ToString()));
        }
    }

    /// <summary>Every folded Arabic spelling with its token; a spelling claimed by two Latin names is a table error.</summary>
    internal static FrozenDictionary<string, NameToken> Build(IReadOnlyList<(string Latin, string[] Arabic)> table)
    {
        var map = new Dictionary<string, NameToken>(StringComparer.Ordinal);
        foreach (var (latin, spellings) in table)
        {
            var latinToken = NameNormalizer.CreateToken(latin);
            foreach (var spelling in spellings)
            {
                var folded = ArabicLetterFoldingStep.Apply(spelling);
                if (map.TryGetValue(folded, out var existing) && existing.Spelling != latin)
                {
                    throw new InvalidOperationException(
                        $"Arabic spelling '{spelling}' maps to both '{existing.Spelling}' and '{latin}'.");
                }

                map[folded] = latinToken with { Text = folded, IsArabicName = true };
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
