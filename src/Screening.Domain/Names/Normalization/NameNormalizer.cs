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
            if (HangulSyllableStep.Applies(word))
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

    internal static NameToken CreateToken(string word)
    {
        var key = RomanizationKey.For(word);
        return new NameToken(word, key, ConsonantSkeleton.For(key), WeakTokenClassificationStep.Classify(word));
    }
}
