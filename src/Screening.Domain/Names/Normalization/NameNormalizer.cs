using Screening.Domain.Names.Romanization;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// The normalization pipeline, one step per file, in this order: NFKC → diacritics → legal forms in other scripts → generic words of Chinese company names →
/// transliteration → case folding → vessel prefixes → "LAST, First" reordering → tokenization (punctuation, joiners) → Arabic "Abd al-" split →
/// Hangul syllables and kana words by rule; Hebrew words by their consonants; Greek words by their two readings; Devanagari words read whole; for Arabic-script words, letter folding and the name dictionary → weak-token classification → romanization key
/// and consonant skeleton.
/// </summary>
public static class NameNormalizer
{
    public static IReadOnlyList<NameToken> Normalize(string name, bool isIndividual)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = UnicodeCompatibilityStep.Apply(name);
        text = DiacriticsRemovalStep.Apply(text);
        text = ScriptLegalFormStep.Apply(text);
        text = ChineseBusinessWordStep.Apply(text);
        text = ScriptTransliterationStep.Apply(text);
        text = CaseFoldingStep.Apply(text);
        text = VesselPrefixStep.Apply(text);
        text = IndividualNameReorderingStep.Apply(text, isIndividual);
        var words = HebrewCompoundSplittingStep.Apply(ArabicCompoundSplittingStep.Apply(TokenizationStep.Apply(text)));
        var tokens = new List<NameToken>(words.Count);
        foreach (var word in words)
        {
            if (IsAscii(word))
            {
                // Nearly every word by now (Latin lists, and scripts AnyAscii transliterated): none of the script steps
                // below applies to it, each of which would otherwise scan it for its own letters.
                tokens.Add(CreateToken(word));
            }
            else if (HangulSyllableStep.Applies(word))
            {
                tokens.Add(HangulSyllableStep.Apply(word));
            }
            else if (KanaWordStep.Applies(word))
            {
                KanaWordStep.Apply(word, tokens);
            }
            else if (HebrewWordStep.Applies(word))
            {
                tokens.Add(HebrewWordStep.Apply(word));
            }
            else if (GeorgianWordStep.Applies(word))
            {
                GeorgianWordStep.Apply(word, tokens);
            }
            else if (GreekWordStep.Applies(word))
            {
                tokens.Add(GreekWordStep.Apply(word));
            }
            else if (DevanagariWordStep.Applies(word))
            {
                tokens.Add(DevanagariWordStep.Apply(word));
            }
            else if (ArabicNameDictionaryStep.Applies(word))
            {
                ArabicNameDictionaryStep.Apply(word, tokens);
            }
            else
            {
                tokens.Add(CreateToken(word));
            }
        }

        return tokens;
    }

    /// <summary>
    /// No character above U+007F: every script step (Hangul, kana, Hebrew, Georgian, Greek, Devanagari, Arabic) needs one
    /// of its letters, all above U+0370, and the Arabic step takes any word with a character above U+007F. One vectorized scan.
    /// </summary>
    private static bool IsAscii(string word) => System.Text.Ascii.IsValid(word);

    internal static NameToken CreateToken(string word)
    {
        var key = RomanizationKey.For(word);
        return new NameToken(word, key, ConsonantSkeleton.For(key), WeakTokenClassificationStep.Classify(word));
    }
}
