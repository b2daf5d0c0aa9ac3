using Screening.Domain.Names.Romanization;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 6g: a Hebrew word. Hebrew, like Arabic, is an abjad: names are written without their vowels, and the letters
/// א, ע (silent carriers), י and ו (vowel letters, or Y and V) stand in for some. AnyAscii writes the letters one by one
/// and drops א and ע, so "אילי" (Eli, OFSI 16366) became YLY, whose skeleton YL never met ELI's AL, and "לוי" (Levi,
/// OFSI 16485) became LVY, which counted as written with a vowel (Y) and so was compared letter by letter with LEVI.
/// Here the word keeps its Hebrew text, compares by its consonants (<see cref="NameToken.WrittenWithoutVowels"/>, like
/// an Arabic word the dictionary does not know), is spelled by its likely Latin reading (<see cref="HebrewReading"/>:
/// "אמיר" AMIR, was MYR; "בין" BIN, was VYN) and carries the skeleton of every reading ("בסל" PSL for BASAL as well as
/// FSL; "פופוב" PF for POPOV), since the letters do not say whether ב is B or V, פ P or F. Yiddish words count too: their
/// ligatures װ ױ ײ (U+05F0–05F2) are Hebrew letters ("ײַנקעלעװיטש", Yankelevich, was left to AnyAscii, letter by letter).
/// </summary>
internal static class HebrewWordStep
{
    public static bool IsHebrewLetter(char c) => c is >= '\u05D0' and <= '\u05EA' or >= '\u05F0' and <= '\u05F2';

    /// <summary>A word with a Hebrew letter; it may hold the Latin letters a geresh wrote (ג׳ונג → Jונג, for Jong).</summary>
    public static bool Applies(string word)
    {
        foreach (var c in word)
        {
            if (IsHebrewLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The geresh (׳), or the apostrophe typed for it.</summary>
    public static bool IsGeresh(char c) => c is '\u05F3' or '\'' or '\u2019';

    /// <summary>The sound a geresh gives ג, ז, צ in foreign names; null for other letters.</summary>
    public static string? GereshSound(char letter) => letter switch
    {
        'ג' => "J",
        'ז' => "ZH",
        'צ' or 'ץ' => "CH",
        _ => null,
    };

    public static NameToken Apply(string word)
    {
        // The word is parsed once; its spelling, its readings and its vowel spellings are all read from the units.
        var units = HebrewReading.Units(word);
        var spelling = HebrewReading.Spelling(units);
        if (spelling.Length == 0)
        {
            spelling = "A";
        }

        // One skeleton per reading (ב B or V, פ P or F, ...): the lists write the name one way, the Hebrew letters allow several.
        var skeletons = HebrewReading.Readings(units).Select(ConsonantSkeleton.For).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var skeleton = skeletons.Length > 0 ? skeletons[0] : ConsonantSkeleton.For(spelling);
        // A final ה is the vowel A or E (שרה Sarah, משה Moshe): the spelling takes A, the key E, so both meet their listing
        // ("סוה" SOA, key SOE: SOE, Aung, SDN, was not found).
        var finalVowel = spelling.Length > 1 && word[^1] == 'ה' && spelling[^1] == 'A';
        var key = RomanizationKey.For(finalVowel ? spelling[..^1] + "E" : spelling);
        return new NameToken(word, key, skeleton, WeakTokenClassificationStep.Classify(spelling))
        {
            Spelling = spelling,
            WrittenWithoutVowels = true,
            OtherSkeletons = skeletons.Length > 1 ? skeletons[1..] : null,
            OtherKeys = OtherKeys(units, key, finalVowel),
        };
    }

    /// <summary>
    /// The keys of the word's other vowel readings: each ו read U as well as O (ז׳ו ZHU, key of the listed ZHU; was only
    /// ZHO, which met JO), and a final ה read A as well as E (מונה MUNA, the listed key; the key took MUNE only). A short
    /// word has no consonants enough for its skeleton to find the listed name, so only a key can (CHEN, Zhu was not found).
    /// </summary>
    private static string[]? OtherKeys(IReadOnlyList<string[]> units, string key, bool finalVowel)
    {
        List<string>? others = null;
        foreach (var spelling in HebrewReading.VowelSpellings(units))
        {
            if (spelling.Length == 0)
            {
                continue;
            }

            Add(RomanizationKey.For(spelling));
            if (finalVowel)
            {
                Add(RomanizationKey.For(spelling[..^1] + "E"));
            }
        }

        return others?.ToArray();

        void Add(string other)
        {
            if (other != key && !(others ??= []).Contains(other))
            {
                others.Add(other);
            }
        }
    }
}
