using System.Text;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 6c, for words in Arabic script: folds the spelling variation that writing allows for one name, so the
/// name dictionary (<see cref="ArabicNameDictionaryStep"/>) sees one form. Hamza seats and wasla fold to their
/// carrier (أ إ آ ٱ → ا, ؤ → و, ئ → ي) and a bare hamza (ء) is dropped ("علاء" / "علا"); taa marbuta to haa
/// (ة → ه, "حمزة" / "حمزه"); alef maqsura to yaa (ى → ي: Egyptian usage writes "علي" as "على"); the Persian and Urdu
/// letters to their Arabic twins (ی ے → ي, ک → ك, ھ ە ۀ → ه); the tatweel (ـ, "شعبـان") and short-vowel marks
/// (harakat, shadda, sukun, superscript alef) are removed. Letters that distinguish names are never folded:
/// ح/ه, س/ص, ت/ط, د/ض, ذ/ز/ظ, ع/ا stay apart ("حسن" is not "هسن").
/// </summary>
internal static class ArabicLetterFoldingStep
{
    /// <summary>Arabic-script letters (Arabic, Arabic Supplement, Arabic Extended-A), tatweel included.</summary>
    public static bool IsArabicLetter(char c) =>
        c is (>= '\u0620' and <= '\u064A') or (>= '\u066E' and <= '\u066F') or (>= '\u0671' and <= '\u06D3') or '\u06D5'
            or (>= '\u06EE' and <= '\u06EF') or (>= '\u06FA' and <= '\u06FC') or '\u06FF'
            or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08C9');

    public static string Apply(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            var folded = Fold(c);
            if (folded != '\0')
            {
                builder.Append(folded);
            }
        }

        return builder.ToString();
    }

    private static char Fold(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' or '\u0672' or '\u0673' => 'ا',
        'ؤ' => 'و',
        'ئ' or 'ى' or 'ی' or 'ے' or '\u06D3' => 'ي',
        'ة' or 'ھ' or 'ە' or 'ۀ' or '\u06C1' or '\u06C2' => 'ه',
        'ک' => 'ك',
        'ء' or 'ـ' => '\0',
        >= '\u064B' and <= '\u065F' or '\u0670' => '\0', // harakat, shadda, sukun, superscript alef
        _ => c,
    };
}
