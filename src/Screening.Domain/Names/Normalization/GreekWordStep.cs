using Screening.Domain.Names.Romanization;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 6h: a Greek word. Its text is the standard (ELOT) reading, so a Greek name listed as its passport prints it
/// compares letter for letter ("ΑΝΤΩΝΗΣ" ANTONIS); its key is the reading Greek gives foreign names
/// (<see cref="GreekReading.Foreign"/>), so a listed foreign name written in Greek meets its Latin listing by key
/// ("ΑΜΠΙΓΚΑΕΛ" ABIGAEL for ABIGAEL, was AMPIGKAEL and unmatched; "ΧΑΛΙΝΤ" KHALID, was CHALINT) and its skeleton is
/// that reading's.
/// </summary>
internal static class GreekWordStep
{
    public static bool Applies(string word)
    {
        foreach (var c in word)
        {
            if (GreekReading.IsGreekLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    public static NameToken Apply(string word)
    {
        var text = Letters(GreekReading.Elot(word));
        var foreign = Letters(GreekReading.Foreign(word));
        if (text.Length == 0 || foreign.Length == 0)
        {
            return NameNormalizer.CreateToken(text.Length == 0 ? "A" : text);
        }

        var key = RomanizationKey.For(foreign);
        return new NameToken(text, key, ConsonantSkeleton.For(key), WeakTokenClassificationStep.Classify(text))
        {
            GreekForm = GreekLatinForm.Of(text),
        };
    }

    private static string Letters(string value) => new([.. value.Where(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9'))]);
}
