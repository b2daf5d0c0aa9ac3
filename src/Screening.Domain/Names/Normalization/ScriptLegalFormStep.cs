namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 2b, before transliteration: legal forms written in other scripts become the Latin abbreviation the weak-token
/// step knows, because transliteration would make them ordinary words ("株式会社" → "ZHU SHI HUI SHE" in pinyin,
/// "בע״מ" → "V M", "จำกัด" → "CHAKD"). Only forms that are never part of a name are listed; Cyrillic ones
/// (ООО, АО, ПАО) already transliterate to their Latin abbreviations.
/// </summary>
internal static class ScriptLegalFormStep
{
    /// <summary>Longest first, so "股份有限公司" is not read as "股份" + "有限公司".</summary>
    private static readonly (string Native, string Latin)[] Forms =
    [
        ("股份有限公司", "CO LTD"), // Chinese joint-stock company limited
        ("有限责任公司", "LLC"), ("有限責任公司", "LLC"),
        ("株式会社", "KK"), ("有限会社", "YK"), ("合同会社", "LLC"), // Japanese kabushiki / yūgen / gōdō kaisha
        ("有限公司", "LTD"), ("公司", "CO"),
        ("בע\"מ", "LTD"), ("בע״מ", "LTD"), ("בעמ", "LTD"), // Hebrew be'eravon mugbal
        ("(มหาชน)", "PCL"), ("มหาชน", "PCL"), ("จำกัด", "LTD"), ("บริษัท", "CO"), // Thai public, limited, company
        ("လီမိတက်", "LTD"), ("ကုမ္ပဏီ", "CO"), // Burmese
        ("ՓԲԸ", "CJSC"), ("ԲԲԸ", "JSC"), ("ՍՊԸ", "LLC"), // Armenian
        ("შპს", "LLC"), ("სს", "JSC"), // Georgian
        ("प्राइवेट लिमिटेड", "PVT LTD"), ("लिमिटेड", "LTD"), // Devanagari
        ("Α.Ε.", "SA"), ("Ε.Π.Ε.", "LTD"), ("Ο.Ε.", "OE"), // Greek
    ];

    public static string Apply(string value)
    {
        if (IsAscii(value))
        {
            return value;
        }

        foreach (var (native, latin) in Forms)
        {
            if (value.Contains(native, StringComparison.Ordinal))
            {
                value = value.Replace(native, " " + latin + " ", StringComparison.Ordinal);
            }
        }

        return value;
    }

    private static bool IsAscii(string value)
    {
        foreach (var c in value)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }

        return true;
    }
}
