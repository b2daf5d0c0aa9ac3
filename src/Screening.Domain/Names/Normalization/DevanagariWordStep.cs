using Screening.Domain.Names.Romanization;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 6i: a Devanagari word, read whole by <see cref="DevanagariReading"/> (inherent vowels, schwa deletion, nukta).
/// Its text is that reading; where the word has a ज without its nukta, its key is the reading with that ज as Z, since
/// Hindi writers often leave the nukta of ज़ out: "नूर्जै" is NURJAI by its letters, key NURZAI for NOORZAI (SDN, Haji
/// Bashir NOORZAI: not found before). A word with no bare ज keys as any Latin word.
/// </summary>
internal static class DevanagariWordStep
{
    public static bool Applies(string word)
    {
        foreach (var c in word)
        {
            if (DevanagariReading.IsDevanagari(c))
            {
                return true;
            }
        }

        return false;
    }

    public static NameToken Apply(string word)
    {
        var text = DevanagariReading.Read(word);
        if (text.Length == 0)
        {
            text = "A";
        }

        if (DevanagariReading.ReadWithZ(word) is not { } withZ || withZ == text)
        {
            return NameNormalizer.CreateToken(text);
        }

        var key = RomanizationKey.For(withZ);
        return new NameToken(text, key, ConsonantSkeleton.For(RomanizationKey.For(text)), WeakTokenClassificationStep.Classify(text));
    }
}
