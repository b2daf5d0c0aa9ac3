using System.Collections.Frozen;

namespace Screening.Domain.Names.Scoring;

/// <summary>
/// ISO 3166-1 alpha-2 codes for the country names OFAC writes in addresses, nationalities and
/// citizenships (every distinct Country of the 2021 SDN ADD.CSV, plus common alternative spellings).
/// OFAC "Region:" entries (Crimea, Gaza, ...) map to the country that contains them in ISO 3166.
/// </summary>
public static class CountryCodes
{
    private static readonly FrozenDictionary<string, string> ByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Afghanistan"] = "AF", ["Albania"] = "AL", ["Algeria"] = "DZ", ["Angola"] = "AO", ["Argentina"] = "AR",
        ["Armenia"] = "AM", ["Aruba"] = "AW", ["Australia"] = "AU", ["Austria"] = "AT", ["Azerbaijan"] = "AZ",
        ["Bahamas, The"] = "BS", ["Bahamas"] = "BS", ["Bahrain"] = "BH", ["Bangladesh"] = "BD", ["Barbados"] = "BB",
        ["Belarus"] = "BY", ["Belgium"] = "BE", ["Belize"] = "BZ", ["Benin"] = "BJ", ["Bolivia"] = "BO",
        ["Bosnia and Herzegovina"] = "BA", ["Brazil"] = "BR", ["Brunei"] = "BN", ["Bulgaria"] = "BG",
        ["Burkina Faso"] = "BF", ["Burma"] = "MM", ["Myanmar"] = "MM", ["Burundi"] = "BI", ["Cambodia"] = "KH",
        ["Canada"] = "CA", ["Cayman Islands"] = "KY", ["Central African Republic"] = "CF", ["Chile"] = "CL",
        ["China"] = "CN", ["Colombia"] = "CO", ["Comoros"] = "KM", ["Congo, Democratic Republic of the"] = "CD",
        ["Congo, Republic of the"] = "CG", ["Costa Rica"] = "CR", ["Cote d Ivoire"] = "CI", ["Cote d'Ivoire"] = "CI",
        ["Croatia"] = "HR", ["Cuba"] = "CU", ["Cyprus"] = "CY", ["Czech Republic"] = "CZ", ["Czechia"] = "CZ",
        ["Denmark"] = "DK", ["Dominica"] = "DM", ["Dominican Republic"] = "DO", ["Ecuador"] = "EC", ["Egypt"] = "EG",
        ["El Salvador"] = "SV", ["Equatorial Guinea"] = "GQ", ["Eritrea"] = "ER", ["Ethiopia"] = "ET",
        ["Finland"] = "FI", ["France"] = "FR", ["Georgia"] = "GE", ["Germany"] = "DE", ["Ghana"] = "GH",
        ["Gibraltar"] = "GI", ["Greece"] = "GR", ["Guatemala"] = "GT", ["Guyana"] = "GY", ["Haiti"] = "HT",
        ["Honduras"] = "HN", ["Hong Kong"] = "HK", ["India"] = "IN", ["Indonesia"] = "ID", ["Iran"] = "IR",
        ["Iraq"] = "IQ", ["Ireland"] = "IE", ["Israel"] = "IL", ["Italy"] = "IT", ["Jamaica"] = "JM", ["Japan"] = "JP",
        ["Jersey"] = "JE", ["Jordan"] = "JO", ["Kazakhstan"] = "KZ", ["Kenya"] = "KE", ["Korea, North"] = "KP",
        ["North Korea"] = "KP", ["Korea, South"] = "KR", ["South Korea"] = "KR", ["Kosovo"] = "XK", ["Kuwait"] = "KW",
        ["Kyrgyzstan"] = "KG", ["Laos"] = "LA", ["Latvia"] = "LV", ["Lebanon"] = "LB", ["Liberia"] = "LR",
        ["Libya"] = "LY", ["Liechtenstein"] = "LI", ["Luxembourg"] = "LU", ["Macau"] = "MO", ["Macao"] = "MO",
        ["Malaysia"] = "MY", ["Maldives"] = "MV", ["Mali"] = "ML", ["Malta"] = "MT", ["Marshall Islands"] = "MH",
        ["Mauritania"] = "MR", ["Mexico"] = "MX", ["Moldova"] = "MD", ["Mongolia"] = "MN", ["Montenegro"] = "ME",
        ["Morocco"] = "MA", ["Mozambique"] = "MZ", ["Namibia"] = "NA", ["Netherlands"] = "NL",
        ["Netherlands Antilles"] = "AN", ["New Zealand"] = "NZ", ["Nicaragua"] = "NI", ["Niger"] = "NE",
        ["Nigeria"] = "NG", ["Norway"] = "NO", ["Oman"] = "OM", ["Pakistan"] = "PK", ["Palau"] = "PW",
        ["Palestinian"] = "PS", ["West Bank"] = "PS", ["Region: Gaza"] = "PS", ["Panama"] = "PA", ["Paraguay"] = "PY",
        ["Peru"] = "PE", ["Philippines"] = "PH", ["Poland"] = "PL", ["Portugal"] = "PT", ["Qatar"] = "QA",
        ["Region: Crimea"] = "UA", ["Region: Kafia Kingi"] = "SD", ["Region: Northern Mali"] = "ML",
        ["Romania"] = "RO", ["Russia"] = "RU", ["Russian Federation"] = "RU", ["Rwanda"] = "RW",
        ["Saint Kitts and Nevis"] = "KN", ["Saint Vincent and the Grenadines"] = "VC", ["Samoa"] = "WS",
        ["Saudi Arabia"] = "SA", ["Senegal"] = "SN", ["Serbia"] = "RS", ["Seychelles"] = "SC",
        ["Sierra Leone"] = "SL", ["Singapore"] = "SG", ["Slovakia"] = "SK", ["Slovenia"] = "SI", ["Somalia"] = "SO",
        ["South Africa"] = "ZA", ["South Sudan"] = "SS", ["Spain"] = "ES", ["Sri Lanka"] = "LK", ["Sudan"] = "SD",
        ["Sweden"] = "SE", ["Switzerland"] = "CH", ["Syria"] = "SY", ["Taiwan"] = "TW", ["Tajikistan"] = "TJ",
        ["Tanzania"] = "TZ", ["Thailand"] = "TH", ["The Gambia"] = "GM", ["Gambia"] = "GM",
        ["Trinidad and Tobago"] = "TT", ["Tunisia"] = "TN", ["Turkey"] = "TR", ["Turkiye"] = "TR",
        ["Turkmenistan"] = "TM", ["Uganda"] = "UG", ["Ukraine"] = "UA", ["United Arab Emirates"] = "AE",
        ["United Kingdom"] = "GB", ["United States"] = "US", ["Uruguay"] = "UY", ["Uzbekistan"] = "UZ",
        ["Vanuatu"] = "VU", ["Venezuela"] = "VE", ["Vietnam"] = "VN", ["Virgin Islands, British"] = "VG",
        ["Yemen"] = "YE", ["Zimbabwe"] = "ZW", ["Zambia"] = "ZM", ["Cameroon"] = "CM", ["Chad"] = "TD",
        ["Guinea"] = "GN", ["Guinea-Bissau"] = "GW", ["Togo"] = "TG", ["Gabon"] = "GA", ["Djibouti"] = "DJ",
        ["Estonia"] = "EE", ["Lithuania"] = "LT", ["Hungary"] = "HU", ["North Macedonia"] = "MK", ["Macedonia"] = "MK",
        ["Iceland"] = "IS", ["Monaco"] = "MC", ["Nepal"] = "NP", ["Korea"] = "KR",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The ISO alpha-2 code of an OFAC country name (or of a value that already is a code), else null.</summary>
    public static string? ToAlpha2(string? country)
    {
        if (string.IsNullOrWhiteSpace(country))
        {
            return null;
        }

        var trimmed = country.Trim();
        if (ByName.TryGetValue(trimmed, out var code))
        {
            return code;
        }

        return trimmed.Length == 2 && char.IsAsciiLetter(trimmed[0]) && char.IsAsciiLetter(trimmed[1])
            ? trimmed.ToUpperInvariant()
            : null;
    }
}
