namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 2c, before transliteration: the generic words of Chinese company names become the English words the lists
/// print for them. Chinese companies are listed by an English name that transliterates the distinctive part and
/// translates the generic part ("華信船務(香港)有限公司" is listed as HUAXIN SHIPPING HONGKONG LTD, OFSI 13630), so
/// pinyin alone ("HUA XIN CHUAN WU XIANG GANG") shares nothing with it but the distinctive syllables. Only words that
/// say what kind of business it is (and 香港, which the lists always write in English) are listed, never a
/// word that can be a name: a person's name or the distinctive part is left to pinyin. Simplified and traditional
/// forms both; longest first, so "机器人" is not read as another word's letters. Kanji of Japanese names are read as
/// Chinese by transliteration and are out of reach of this table except "工場" (factory).
/// </summary>
internal static class ChineseBusinessWordStep
{
    private static readonly (string Han, string English)[] Words =
    [
        ("机器人", "ROBOTICS"), ("機器人", "ROBOTICS"),
        ("科技", "TECHNOLOGY"), ("技术", "TECHNOLOGY"), ("技術", "TECHNOLOGY"),
        ("电子", "ELECTRONICS"), ("電子", "ELECTRONICS"),
        ("船务", "SHIPPING"), ("船務", "SHIPPING"), ("航运", "SHIPPING"), ("航運", "SHIPPING"),
        ("航空", "AVIATION"),
        ("设备", "EQUIPMENT"), ("設備", "EQUIPMENT"), ("装备", "EQUIPMENT"), ("裝備", "EQUIPMENT"),
        ("数控", "CNC"), ("數控", "CNC"),
        ("机床", "MACHINE TOOL"), ("機床", "MACHINE TOOL"), ("机械", "MACHINERY"), ("機械", "MACHINERY"),
        ("工业", "INDUSTRIAL"), ("工業", "INDUSTRIAL"), ("实业", "INDUSTRIAL"), ("實業", "INDUSTRIAL"),
        ("贸易", "TRADING"), ("貿易", "TRADING"),
        ("国际", "INTERNATIONAL"), ("國際", "INTERNATIONAL"),
        ("控股", "HOLDINGS"), ("集团", "GROUP"), ("集團", "GROUP"),
        ("工厂", "FACTORY"), ("工廠", "FACTORY"), ("工場", "FACTORY"),
        // 中国/中國 is not listed: it is also a given name, and 刘中国 read as LIU CHINA would miss a listed LIU Zhongguo.
        ("香港", "HONG KONG"),
    ];

    public static string Apply(string value)
    {
        if (!HasHan(value))
        {
            return value;
        }

        foreach (var (han, english) in Words)
        {
            if (value.Contains(han, StringComparison.Ordinal))
            {
                value = value.Replace(han, " " + english + " ", StringComparison.Ordinal);
            }
        }

        return value;
    }

    private static bool HasHan(string value)
    {
        foreach (var c in value)
        {
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                return true;
            }
        }

        return false;
    }
}
