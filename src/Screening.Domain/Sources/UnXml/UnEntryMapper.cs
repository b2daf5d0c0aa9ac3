using System.Globalization;
using Screening.Domain.Model;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.UnXml;

/// <summary>Maps one INDIVIDUAL or ENTITY element of the UN Security Council Consolidated List.</summary>
internal static class UnEntryMapper
{
    public static SanctionedEntity Map(XmlEntryNode entry, string source, string fileName, long line)
    {
        var isIndividual = entry.LocalName == "INDIVIDUAL";
        var prefix = isIndividual ? "INDIVIDUAL" : "ENTITY";
        var reference = entry.Text("REFERENCE_NUMBER")
                        ?? throw new ListParseException(fileName, "entry without REFERENCE_NUMBER", line, prefix);
        var primary = PrimaryName(entry, isIndividual)
                      ?? throw new ListParseException(fileName, $"entry {reference} has no FIRST_NAME", line, $"{prefix}/FIRST_NAME");

        List<EntityName> names = [primary];
        foreach (var alias in entry.Children($"{prefix}_ALIAS"))
        {
            if (alias.Text("ALIAS_NAME") is { } aliasName)
            {
                // "Low" is the UN's own low-quality marker; "Good", "a.k.a." and "f.k.a." identify the party.
                var strength = string.Equals(alias.Text("QUALITY"), "Low", StringComparison.OrdinalIgnoreCase) ? NameStrength.Weak : NameStrength.Strong;
                names.Add(new EntityName(aliasName, strength));
            }
        }

        if (entry.Text("NAME_ORIGINAL_SCRIPT") is { } original)
        {
            names.Add(new EntityName(original, NameStrength.Strong, Script: ScriptDetector.Detect(original)));
        }

        return new SanctionedEntity
        {
            Id = $"{source}:{reference}",
            Source = source,
            Type = isIndividual ? EntityType.Individual : EntityType.Entity,
            PrimaryName = primary,
            Names = names,
            DatesOfBirth = [.. DatesOfBirth(entry, fileName, reference, line)],
            PlacesOfBirth = [.. entry.Children("INDIVIDUAL_PLACE_OF_BIRTH")
                .Select(place => TextValues.JoinNonBlank(", ", place.Text("CITY"), place.Text("STATE_PROVINCE"), place.Text("COUNTRY")))
                .OfType<string>()],
            Nationalities = entry.Child("NATIONALITY")?.Texts("VALUE") ?? [],
            Addresses = [.. entry.Children($"{prefix}_ADDRESS").Select(Address).OfType<PostalAddress>()],
            Documents = [.. entry.Children("INDIVIDUAL_DOCUMENT").Select(Document).OfType<IdentityDocument>()],
            Programs = entry.Texts("UN_LIST_TYPE"),
            Title = TextValues.JoinNonBlank("; ", [.. entry.Child("TITLE")?.Texts("VALUE") ?? [], .. entry.Child("DESIGNATION")?.Texts("VALUE") ?? []]),
            Remarks = entry.Text("COMMENTS1"),
            ListedOn = Date(entry.Text("LISTED_ON")),
        };
    }

    private static EntityName? PrimaryName(XmlEntryNode entry, bool isIndividual)
    {
        var first = entry.Text("FIRST_NAME");
        if (first is null)
        {
            return null;
        }

        var rest = new[] { entry.Text("SECOND_NAME"), entry.Text("THIRD_NAME"), entry.Text("FOURTH_NAME") }.OfType<string>().ToList();
        var full = string.Join(' ', [first, .. rest]);
        if (!isIndividual)
        {
            return new EntityName(full, NameStrength.Strong, IsPrimary: true);
        }

        // The UN gives names in order, not by role: the last part is the nearest thing to a family name.
        var parts = rest.Count == 0
            ? new NameParts(first, null, null)
            : new NameParts(first, rest.Count > 1 ? string.Join(' ', rest[..^1]) : null, rest[^1]);
        return new EntityName(full, NameStrength.Strong, IsPrimary: true, Parts: parts);
    }

    private static IEnumerable<DateOfBirth> DatesOfBirth(XmlEntryNode entry, string fileName, string reference, long line)
    {
        foreach (var item in entry.Children("INDIVIDUAL_DATE_OF_BIRTH"))
        {
            var kind = item.Text("TYPE_OF_DATE")?.ToUpperInvariant();
            var from = Year(item.Text("FROM_YEAR"));
            var to = Year(item.Text("TO_YEAR"));
            var date = PartialDateOf(item.Text("DATE")) ?? Year(item.Text("YEAR"));
            if (kind == "BETWEEN" && from is not null && to is not null)
            {
                yield return new DateOfBirth(from, to, $"between {from} and {to}");
            }
            else if (date is not null)
            {
                yield return new DateOfBirth(date, null, kind == "APPROXIMATELY" ? $"approximately {date}" : null);
            }
            else if (kind is not null && (item.Text("DATE") ?? item.Text("YEAR") ?? item.Text("FROM_YEAR")) is { } unreadable)
            {
                throw new ListParseException(fileName, $"entry {reference} has an unreadable date of birth '{unreadable}'", line, "INDIVIDUAL_DATE_OF_BIRTH");
            }
        }

        // DPRK aliases carry their own dates of birth.
        foreach (var alias in entry.Children("INDIVIDUAL_ALIAS"))
        {
            if (PartialDateOf(alias.Text("DATE_OF_BIRTH")) is { } aliasDate)
            {
                yield return new DateOfBirth(aliasDate, null, $"alias date of birth {aliasDate}");
            }
        }
    }

    private static PostalAddress? Address(XmlEntryNode address)
    {
        var result = new PostalAddress(
            address.Text("STREET"), address.Text("CITY"), address.Text("STATE_PROVINCE"), address.Text("ZIP_CODE"), address.Text("COUNTRY"), address.Text("NOTE"));
        return result == new PostalAddress() ? null : result;
    }

    private static IdentityDocument? Document(XmlEntryNode document)
    {
        var number = document.Text("NUMBER");
        var type = TextValues.JoinNonBlank(" / ", document.Text("TYPE_OF_DOCUMENT"), document.Text("TYPE_OF_DOCUMENT2"));
        return number is null
            ? null
            : new IdentityDocument(
                type ?? "Document",
                number,
                document.Text("ISSUING_COUNTRY") ?? document.Text("COUNTRY_OF_ISSUE"),
                document.Text("DATE_OF_ISSUE"),
                null,
                TextValues.JoinNonBlank("; ", document.Text("CITY_OF_ISSUE"), document.Text("NOTE")));
    }

    private static PartialDate? Year(string? text) =>
        text is not null && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? CalendarDates.Partial(year) : null;

    private static PartialDate? PartialDateOf(string? text) =>
        Date(text) is { } date ? new PartialDate(date.Year, date.Month, date.Day) : null;

    private static DateOnly? Date(string? text) =>
        text is not null && DateOnly.TryParseExact(text.Length > 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
