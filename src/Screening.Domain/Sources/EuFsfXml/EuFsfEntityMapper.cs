using System.Globalization;
using Screening.Domain.Model;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.EuFsfXml;

/// <summary>Maps one <c>sanctionEntity</c> of the EU FSF XML v1.1.</summary>
internal static class EuFsfEntityMapper
{
    /// <summary>The EU's placeholder for an unknown country.</summary>
    private const string UnknownCountryCode = "00";

    /// <summary>The flags an identification carries as true/false attributes, kept by name when true.</summary>
    private static readonly string[] DocumentStates = ["diplomatic", "knownExpired", "knownFalse", "reportedLost", "revokedByIssuer"];

    public static SanctionedEntity Map(XmlEntryNode entry, string source, string fileName, long line)
    {
        var logicalId = TextValues.NullIfBlank(entry.Attribute("logicalId"))
                        ?? throw new ListParseException(fileName, "sanctionEntity without logicalId", line, "sanctionEntity");
        var names = EuFsfNames.All(entry);
        if (names.Count == 0)
        {
            throw new ListParseException(fileName, $"sanctionEntity {logicalId} has no nameAlias with a name", line, "sanctionEntity/nameAlias");
        }

        var primary = EuFsfNames.ChoosePrimary(names);
        var aliases = entry.Children("nameAlias").ToList();
        return new SanctionedEntity
        {
            Id = $"{source}:{logicalId}",
            Source = source,
            Type = entry.Child("subjectType")?.Attribute("code") == "person" ? EntityType.Individual : EntityType.Entity,
            PrimaryName = primary,
            Names = [primary, .. names.Where(name => !ReferenceEquals(name, primary))],
            DatesOfBirth = [.. entry.Children("birthdate").Select(EuFsfDates.BirthDate).OfType<DateOfBirth>().Distinct()],
            PlacesOfBirth = [.. entry.Children("birthdate").Select(PlaceOfBirth).OfType<string>().Distinct()],
            Citizenships = [.. entry.Children("citizenship").Select(Country).OfType<string>().Distinct()],
            Addresses = [.. entry.Children("address").Select(Address)],
            Documents = [.. entry.Children("identification").Select(Document).OfType<IdentityDocument>()],
            Programs = [.. entry.Children("regulation").Select(r => TextValues.NullIfBlank(r.Attribute("programme"))).OfType<string>().Distinct()],
            RelatedIds = TextValues.NullIfBlank(entry.Attribute("unitedNationId")) is { } un ? [$"{ListSourceInference.UnitedNations}:{un}"] : [],
            Title = TextValues.JoinNonBlank("; ", [.. aliases.SelectMany(a => new[] { a.Attribute("title"), a.Attribute("function") }).Select(TextValues.NullIfBlank).OfType<string>().Distinct()]),
            Remarks = Remarks(entry, aliases),
            ListedOn = DateOnly.TryParseExact(entry.Attribute("designationDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var designated)
                ? designated
                : null,
        };
    }

    private static string? Remarks(XmlEntryNode entry, List<XmlEntryNode> aliases)
    {
        var lines = new List<string?> { entry.Attribute("euReferenceNumber") is { Length: > 0 } reference ? $"EU reference number: {reference}" : null };
        lines.AddRange(entry.Texts("remark"));
        lines.AddRange(entry.Children("regulation").Select(r => TextValues.JoinNonBlank(" ",
            "Regulation", r.Attribute("numberTitle"), r.Attribute("publicationDate") is { Length: > 0 } published ? $"of {published}" : null,
            r.Text("publicationUrl"))));
        lines.Add(TextValues.NullIfBlank(entry.Attribute("designationDetails")));
        lines.AddRange(entry.Children("contactInfo").Select(ContactInfo));
        var genders = aliases.Select(a => TextValues.NullIfBlank(a.Attribute("gender"))).OfType<string>().Distinct().ToList();
        if (genders.Count > 0)
        {
            lines.Add($"Gender: {string.Join(", ", genders)}");
        }

        return TextValues.JoinNonBlank("\n", [.. lines]);
    }

    private static string? Country(XmlEntryNode node) =>
        node.Attribute("countryIso2Code") == UnknownCountryCode ? null : TextValues.NullIfBlank(node.Attribute("countryDescription"));

    private static string? PlaceOfBirth(XmlEntryNode birthdate) =>
        TextValues.JoinNonBlank(", ", Known(birthdate.Attribute("city")), Known(birthdate.Attribute("place")), Known(birthdate.Attribute("region")), Country(birthdate));

    /// <summary>"-" stands for an unknown city in some records.</summary>
    private static string? Known(string? value) => TextValues.NullIfBlank(value) is { } text && text != "-" ? text : null;

    private static PostalAddress Address(XmlEntryNode address) => new(
        Street: TextValues.JoinNonBlank(", ", Known(address.Attribute("street")), Known(address.Attribute("poBox")) is { } box ? $"PO Box {box}" : null),
        City: TextValues.JoinNonBlank(", ", Known(address.Attribute("city")), Known(address.Attribute("place"))),
        StateOrProvince: Known(address.Attribute("region")),
        PostalCode: Known(address.Attribute("zipCode")),
        Country: Country(address),
        Remarks: TextValues.JoinNonBlank("; ", [.. address.Texts("remark"), .. address.Children("contactInfo").Select(ContactInfo)]));

    /// <summary>Web sites, phone numbers and e-mail addresses, given with the address they belong to.</summary>
    private static string? ContactInfo(XmlEntryNode contact) => TextValues.JoinNonBlank(": ", contact.Attribute("key"), contact.Attribute("value"));

    private static IdentityDocument? Document(XmlEntryNode identification)
    {
        var number = TextValues.NullIfBlank(identification.Attribute("number")) ?? TextValues.NullIfBlank(identification.Attribute("latinNumber"));
        if (number is null)
        {
            return null;
        }

        var states = DocumentStates.Where(state => identification.Attribute(state) == "true");
        return new IdentityDocument(
            TextValues.NullIfBlank(identification.Attribute("identificationTypeDescription")) ?? identification.Attribute("identificationTypeCode") ?? "identification",
            number,
            Country(identification),
            TextValues.NullIfBlank(identification.Attribute("issueDate")),
            TextValues.NullIfBlank(identification.Attribute("validTo")),
            TextValues.JoinNonBlank("; ", [.. states, Known(identification.Attribute("region")), Known(identification.Attribute("issuedBy")), .. identification.Texts("remark")]));
    }
}
