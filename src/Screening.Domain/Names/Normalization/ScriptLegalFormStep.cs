using System.Text;
using System.Text.RegularExpressions;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 2b, before transliteration: legal forms written in other scripts become the Latin abbreviation the weak-token
/// step knows, because transliteration would make them ordinary words ("株式会社" → "ZHU SHI HUI SHE" in pinyin,
/// "בע״מ" → "V M", "จำกัด" → "CHAKD"). Only forms that are never part of a name are listed; Cyrillic ones
/// (ООО, АО, ПАО) already transliterate to their Latin abbreviations.
/// </summary>
internal static class ScriptLegalFormStep
{
    /// <summary>
    /// Longest first, so "股份有限公司" is not read as "股份" + "有限公司". <c>InWords</c>: scripts written without spaces
    /// (Han, kana, Thai, Burmese) carry the form inside the name's run of letters; in the others only a whole word is
    /// a legal form, so the letters of "בעמק" (Emek) or of a Georgian word holding "სს" are left alone.
    /// </summary>
    private static readonly (string Native, string Latin, bool InWords)[] Forms =
    [
        ("股份有限公司", "CO LTD", true), // Chinese joint-stock company limited
        ("有限责任公司", "LLC", true), ("有限責任公司", "LLC", true),
        ("非公開株式会社", "CJSC", true), ("公開株式会社", "OJSC", true), ("公共株式会社", "PJSC", true), ("有限責任会社", "LLC", true), // the MOF's Japanese for Russian ZAO, OAO, PAO, OOO
        ("株式会社", "KK", true), ("有限会社", "YK", true), ("合同会社", "LLC", true), // Japanese kabushiki / yūgen / gōdō kaisha
        ("有限公司", "LTD", true), ("公司", "CO", true),
        ("בע\"מ", "LTD", false), ("בע״מ", "LTD", false), ("בעמ", "LTD", false), // Hebrew be'eravon mugbal
        ("(มหาชน)", "PCL", true), ("มหาชน", "PCL", true), ("จำกัด", "LTD", true), ("บริษัท", "CO", true), // Thai public, limited, company
        ("လီမိတက်", "LTD", true), ("ကုမ္ပဏီ", "CO", true), // Burmese
        ("ՓԲԸ", "CJSC", false), ("ԲԲԸ", "JSC", false), ("ՍՊԸ", "LLC", false), // Armenian
        ("შპს", "LLC", false), ("სს", "JSC", false), // Georgian
        ("प्राइवेट लिमिटेड", "PVT LTD", false), ("लिमिटेड", "LTD", false), // Devanagari
        ("Α.Ε.", "SA", false), ("Ε.Π.Ε.", "LTD", false), ("Ο.Ε.", "OE", false), // Greek
    ];

    /// <summary>
    /// The forms as the text reaches this step, after NFKC (step 1): NFKC splits the Thai vowel ำ into ํ and า, so
    /// "จำกัด" as written here never met a name's จำกัด, which stayed the word CHMAKAD.
    /// </summary>
    private static readonly (string Native, string Latin, bool InWords)[] CompatibleForms =
        [.. Forms.Select(f => (f.Native.Normalize(NormalizationForm.FormKC), f.Latin, f.InWords))];

    private static readonly Regex[] WholeWords =
        [.. CompatibleForms.Select(form => new Regex($@"(?<!\S){Regex.Escape(form.Native)}(?!\S)", RegexOptions.CultureInvariant))];

    public static string Apply(string value)
    {
        if (Ascii.IsValid(value))
        {
            return value;
        }

        for (var i = 0; i < CompatibleForms.Length; i++)
        {
            var (native, latin, inWords) = CompatibleForms[i];
            if (!value.Contains(native, StringComparison.Ordinal))
            {
                continue;
            }

            value = inWords
                ? value.Replace(native, " " + latin + " ", StringComparison.Ordinal)
                : WholeWords[i].Replace(value, " " + latin + " ");
        }

        return value;
    }
}
