using Screening.Domain.Names.Romanization;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// The normalization pipeline, one step per file, in this order: NFKC → diacritics → transliteration →
/// case folding → "LAST, First" reordering → tokenization (punctuation, joiners) → Arabic "Abd al-" split →
/// weak-token classification → romanization key and consonant skeleton.
/// </summary>
public static class NameNormalizer
{
    public static IReadOnlyList<NameToken> Normalize(string name, bool isIndividual)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = UnicodeCompatibilityStep.Apply(name);
        text = DiacriticsRemovalStep.Apply(text);
        text = ScriptTransliterationStep.Apply(text);
        text = CaseFoldingStep.Apply(text);
        text = IndividualNameReorderingStep.Apply(text, isIndividual);
        var words = ArabicCompoundSplittingStep.Apply(TokenizationStep.Apply(text));
        var tokens = new NameToken[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            tokens[i] = CreateToken(words[i]);
        }

        return tokens;
    }

    internal static NameToken CreateToken(string word)
    {
        var key = RomanizationKey.For(word);
        return new NameToken(word, key, ConsonantSkeleton.For(key), WeakTokenClassificationStep.Classify(word));
    }
}
