namespace Screening.Domain.Names.Romanization;

/// <summary>
/// Rewrite rules that fold the differences between transliteration systems for Cyrillic (and the
/// French/German spellings of the same names) into one key: GOST 7.79-2000 / ISO 9, BGN/PCGN 1947,
/// the Russian passport system (ICAO Doc 9303, 2013), Library of Congress ALA-LC, and German/French
/// practice ("Wladimir", "Tchaikovsky", "Oussama"). Examples: "YURIY" / "IURII" / "YURIJ" / "YURI";
/// "KHODORKOVSKIY" / "HODORKOVSKY"; "ZHUKOV" / "JUKOV"; "TSAREV" / "TZAREV"; "YEVGENIY" / "EVGENII".
/// Applied in order, left to right, after doubled letters are collapsed.
/// </summary>
internal static class CyrillicRomanization
{
    public static readonly IReadOnlyList<(string From, string To)> Rules =
    [
        ("SHCH", "SH"),
        ("TSCH", "CH"),
        ("TCH", "CH"),
        ("SCH", "SH"),
        ("DZH", "J"),
        ("KH", "H"),
        ("ZH", "J"),
        ("DJ", "J"),
        ("TZ", "TS"),
        ("YE", "E"),
        ("YA", "IA"),
        ("YU", "IU"),
        ("YO", "IO"),
        ("PH", "F"),
        ("CK", "K"),
        ("Q", "K"),
        ("W", "V"),
        ("OU", "U"),
        ("OO", "U"),
        ("EE", "I"),
        ("GH", "G"),
        ("DH", "D"),
    ];

    /// <summary>Word endings for the Russian adjectival "-ий" / "-ый" as each system writes them.</summary>
    public static readonly IReadOnlyList<string> AdjectivalEndings = ["IY", "IJ", "YY", "YI", "II", "YJ", "Y"];
}
