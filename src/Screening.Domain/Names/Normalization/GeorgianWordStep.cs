using AnyAscii;
using Screening.Domain.Names.Romanization;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 6j: a Georgian word. Its letters read one by one as before (AnyAscii: "კალიქსტო" KALIKSTO), split like a Latin
/// word where it is an "Abd al-" compound, and each token carries its Georgian form (<see cref="GeorgianLatinForm"/>), so
/// a listed Latin name with letters Georgian does not have (C, X, F, Y) meets the word that writes it.
/// </summary>
internal static class GeorgianWordStep
{
    /// <summary>Mkhedruli and Asomtavruli (U+10A0–10FF), Mtavruli (U+1C90–1CBF), Nuskhuri (U+2D00–2D2F).</summary>
    public static bool IsGeorgianLetter(char c) => c is >= '\u10A0' and <= '\u10FF' or >= '\u1C90' and <= '\u1CBF' or >= '\u2D00' and <= '\u2D2F';

    public static bool Applies(string word)
    {
        foreach (var c in word)
        {
            if (IsGeorgianLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    public static void Apply(string word, List<NameToken> tokens)
    {
        foreach (var latin in ArabicCompoundSplittingStep.Apply(TokenizationStep.Apply(CaseFoldingStep.Apply(word.Transliterate()))))
        {
            tokens.Add(NameNormalizer.CreateToken(latin) with { GeorgianForm = GeorgianLatinForm.Of(latin) });
        }
    }
}
