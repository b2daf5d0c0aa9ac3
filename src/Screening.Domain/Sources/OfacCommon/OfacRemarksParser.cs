using System.Text.RegularExpressions;
using Screening.Domain.Model;

namespace Screening.Domain.Sources.OfacCommon;

/// <summary>
/// Reads the facts OFAC's CSV files only publish inside the free-text Remarks column:
/// "DOB 12 Oct 1972; POB Corozal, Belize; Passport 0291622 (Belize); a.k.a. 'X'; Digital Currency
/// Address - XBT 1AbC...; Linked To: Y." Segments are separated by ";" and the text ends with ".".
/// Free text never fails the parse: a segment that matches no known pattern stays in Remarks only.
/// </summary>
internal static partial class OfacRemarksParser
{
    /// <summary>Identifier labels OFAC writes as "Label number (Country)"; longest first so prefixes do not shadow.</summary>
    private static readonly string[] DocumentTypes =
    [
        "Aircraft Manufacturer's Serial Number (MSN)", "Unified Social Credit Code (USCC)", "Economic Register Number (CBLS)",
        "Vessel Registration Identification", "Business Registration Document #", "Central Registration System Number",
        "Business Registration Number", "National Foreign ID Number", "Commercial Registry Number", "Public Registration Number",
        "Chamber of Commerce Number", "Birth Certificate Number", "Government Gazette Number", "Electoral Registry No.",
        "Driver's License No.", "Stateless Person ID Card", "Matricula Mercantil No", "Folio Mercantil No.", "Identification Number",
        "Residency Number", "Refugee ID Card", "Registration Number", "Italian Fiscal Code", "Diplomatic Passport", "Legal Entity Number",
        "Personal ID Card", "Credencial electoral", "Trade License No.", "UK Company Number", "Aircraft Tail Number", "National ID No.",
        "D-U-N-S Number", "Enterprise Number", "Registration ID", "Business Number", "Company Number", "V.A.T. Number", "Cedula No.",
        "Tax ID No.", "SWIFT/BIC", "C.U.R.P.", "R.F.C.", "C.R. No.", "Passport", "D.N.I.", "C.U.I.", "NIT #", "RUC #", "RIF #", "MMSI",
        "RFC", "SSN",
    ];

    private static readonly string[] AbbreviationEndings = ["LTD.", "INC.", "CO.", "CORP.", "JSC.", "LLC.", "S.A.", "C.A.", "B.V.", "N.V.", "S.L.", "S.R.L.", "A.G.", "PLC."];

    public static OfacRemarkFacts Parse(string? remarks)
    {
        var facts = new OfacRemarkFacts();
        if (string.IsNullOrWhiteSpace(remarks))
        {
            return facts;
        }

        foreach (var raw in remarks.Split(';'))
        {
            var segment = raw.Trim();
            if (segment.Length == 0)
            {
                continue;
            }

            if (segment.StartsWith("Linked To:", StringComparison.Ordinal))
            {
                var linked = segment["Linked To:".Length..].Trim();
                facts.LinkedTo.Add(EndsWithAbbreviation(linked) ? linked : linked.TrimEnd('.'));
                continue;
            }

            Classify(TrimFinalStop(StripAlt(segment)), facts);
        }

        return facts;
    }

    private static void Classify(string segment, OfacRemarkFacts facts)
    {
        if (OfacIdentifiers.DigitalCurrencyAsset(segment) is not null && DigitalCurrency().Match(segment) is { Success: true } dca)
        {
            facts.DigitalCurrencyAddresses.Add(new DigitalCurrencyAddress(dca.Groups["asset"].Value, dca.Groups["address"].Value));
        }
        else if (segment.StartsWith("DOB ", StringComparison.Ordinal))
        {
            if (OfacDateText.ParseDateOfBirth(segment[4..]) is { } dob)
            {
                facts.DatesOfBirth.Add(dob);
            }
        }
        else if (segment.StartsWith("POB ", StringComparison.Ordinal))
        {
            facts.PlacesOfBirth.Add(segment[4..].Trim());
        }
        else if (segment.StartsWith("nationality ", StringComparison.OrdinalIgnoreCase))
        {
            facts.Nationalities.Add(segment["nationality ".Length..].Trim());
        }
        else if (segment.StartsWith("citizen ", StringComparison.OrdinalIgnoreCase))
        {
            facts.Citizenships.Add(segment["citizen ".Length..].Trim());
        }
        else if (Alias().Match(segment) is { Success: true } alias)
        {
            facts.WeakAliases.Add(new EntityName(alias.Groups["name"].Value.Trim(), NameStrength.Weak));
        }
        else if (Document(segment) is { } document)
        {
            facts.Documents.Add(document);
        }

    }

    private static IdentityDocument? Document(string segment)
    {
        foreach (var type in DocumentTypes)
        {
            if (segment.Length > type.Length + 1 && segment.StartsWith(type, StringComparison.Ordinal) && segment[type.Length] == ' ')
            {
                var match = DocumentBody().Match(segment[(type.Length + 1)..]);
                return match.Success
                    ? new IdentityDocument(
                        type,
                        match.Groups["number"].Value.Trim(),
                        Group(match, "country"),
                        Group(match, "issued"),
                        Group(match, "expires"))
                    : null;
            }
        }

        return null;
    }

    private static string? Group(Match match, string name) => match.Groups[name].Success ? match.Groups[name].Value.Trim() : null;

    private static string StripAlt(string segment) =>
        segment.StartsWith("alt. ", StringComparison.Ordinal) ? segment[5..].TrimStart() : segment;

    /// <summary>The whole Remarks text ends with "."; it belongs to the text, not to the last value.</summary>
    private static string TrimFinalStop(string segment) =>
        segment.EndsWith('.') && (segment.EndsWith("'.", StringComparison.Ordinal) || !EndsWithAbbreviation(segment))
            ? segment[..^1]
            : segment;

    private static bool EndsWithAbbreviation(string text) =>
        AbbreviationEndings.Any(ending => text.EndsWith(ending, StringComparison.OrdinalIgnoreCase)
                                          && (text.Length == ending.Length || text[^(ending.Length + 1)] is ' ' or ','));

    [GeneratedRegex(@"^Digital Currency Address - (?<asset>\S+)\s+(?<address>\S+)$")]
    private static partial Regex DigitalCurrency();

    [GeneratedRegex(@"^(?:a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s+'(?<name>.+)'$")]
    private static partial Regex Alias();

    [GeneratedRegex(@"^(?<number>[^()]+?)(?:\s+\((?<country>[^)]+)\))?(?:\s+issued\s+(?<issued>.+?))?(?:\s+expires\s+(?<expires>.+?))?$")]
    private static partial Regex DocumentBody();
}
