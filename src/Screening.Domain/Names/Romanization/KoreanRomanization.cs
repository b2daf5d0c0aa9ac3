namespace Screening.Domain.Names.Romanization;

/// <summary>
/// Korean syllables as the lists spell them. North Korean names on OFAC and UN lists follow
/// McCune–Reischauer without breves (the DPRK's own usage: "KIM Jong Un", "RI Song Chol", "PAK Pong Ju");
/// South Korea's Revised Romanization (2000) and popular spellings give "Gim", "Jeong", "Eun", "Park",
/// "Lee", "Choi". Each row maps the variants to the McCune–Reischauer form, which is the canonical key.
/// Sources: McCune &amp; Reischauer (1939) tables; Ministry of Culture and Tourism, Revised Romanization of
/// Korean (2000); common family-name spellings per the National Institute of Korean Language survey.
/// </summary>
internal static class KoreanRomanization
{
    public static readonly IReadOnlyList<(string Canonical, string[] Variants)> Table =
    [
        ("KIM", ["GIM", "KHIM"]),
        ("PAK", ["PARK", "BAK", "BARK", "PACK", "BAG"]),
        ("RI", ["LEE", "YI", "RHEE", "RHIE", "LIE", "REE", "I", "LI"]),
        ("JONG", ["JEONG", "CHONG", "CHEONG", "CHUNG", "JUNG", "JOUNG"]),
        ("UN", ["EUN", "EUHN"]),
        ("HYOK", ["HYEOK", "HYUK", "HYUCK"]),
        ("CHOE", ["CHOI", "CHOY", "CHWE"]),
        ("KANG", ["GANG"]),
        ("KWANG", ["GWANG"]),
        ("CHOL", ["CHEOL", "CHUL"]),
        ("SOK", ["SEOK", "SUK"]),
        ("SONG", ["SEONG", "SUNG"]),
        ("YONG", ["YEONG", "YOUNG"]),
        ("MYONG", ["MYEONG", "MYUNG"]),
        ("KYONG", ["GYEONG", "KYUNG", "KYEONG"]),
        ("CHON", ["JEON", "CHUN", "JUN"]),
        ("YUN", ["YOON"]),
        ("RYU", ["YU", "YOO", "RYOO"]),
        ("O", ["OH"]),
        ("PONG", ["BONG"]),
        ("TONG", ["DONG"]),
        ("TAE", ["DAE"]),
        ("KUK", ["GUK", "KOOK"]),
        ("SU", ["SOO"]),
        ("HUI", ["HEE", "HUY"]),
        ("KUN", ["GEUN", "KEUN", "GUN"]),
        ("TOK", ["DEOK", "DUK", "DOK"]),
        ("KYU", ["GYU"]),
        ("KON", ["GEON"]),
        ("CHANG", ["JANG"]),
        ("PYONG", ["PYEONG", "PYUNG", "BYEONG", "BYUNG", "BYONG"]),
        ("HYON", ["HYEON", "HYUN"]),
        ("SON", ["SEON", "SUN"]),
        ("RIM", ["LIM", "IM", "YIM"]),
        ("RYANG", ["YANG"]),
        ("NAM", ["NAHM"]),
        ("CHU", ["JU", "JOO", "CHOO"]),

        // Revised Romanization writes the plain stops ㄱ and ㅂ as G and B where McCune–Reischauer has K and P. Only
        // syllables frequent in Korean names and rare as words of other languages: "DO", "DU" are particles, "GIL",
        // "BIN" names of their own, so they stay out.
        ("KI", ["GI"]),
        ("KU", ["GU"]),
        ("PAE", ["BAE"]),
        ("KAE", ["GAE"]),
        ("POK", ["BOK"]),
        ("PU", ["BU"]),
        ("RYONG", ["RYEONG", "RYUNG"]),
    ];
}
