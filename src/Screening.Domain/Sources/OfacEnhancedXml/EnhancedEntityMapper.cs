using System.Globalization;
using Screening.Domain.Model;
using Screening.Domain.Sources.Common;
using Screening.Domain.Sources.OfacCommon;

namespace Screening.Domain.Sources.OfacEnhancedXml;

/// <summary>Maps one entity of OFAC's Enhanced XML (SDN_ENHANCED.XML, CONS_ENHANCED.XML, program extracts).</summary>
internal static class EnhancedEntityMapper
{
    public static SanctionedEntity Map(XmlEntryNode entity, string source, string fileName, long line)
    {
        var id = TextValues.NullIfBlank(entity.Attribute("id"))
                 ?? throw new ListParseException(fileName, "entity without id attribute", line, "entity");
        var typeLabel = entity.Child("generalInfo")?.Text("entityType");
        var type = OfacIdentifiers.EntityTypeOf(typeLabel)
                   ?? throw new ListParseException(fileName, $"entity {id} has unknown entityType '{typeLabel}'", line, "entity/generalInfo/entityType");

        var names = Names(entity, type == EntityType.Individual).ToList();
        var primary = names.FirstOrDefault(n => n.IsPrimary)
                      ?? throw new ListParseException(fileName, $"entity {id} has no primary name", line, "entity/names");
        names.Remove(primary);
        names.Insert(0, primary);

        var features = EnhancedFeatures.Read(entity);
        return new SanctionedEntity
        {
            Id = $"{source}:{id}",
            Source = source,
            Type = type,
            PrimaryName = primary,
            Names = names,
            DatesOfBirth = features.DatesOfBirth,
            PlacesOfBirth = features.PlacesOfBirth,
            Nationalities = features.Nationalities,
            Citizenships = features.Citizenships,
            Addresses = [.. (entity.Child("addresses")?.Children("address") ?? []).Select(Address).OfType<PostalAddress>()],
            Documents = [.. (entity.Child("identityDocuments")?.Children("identityDocument") ?? []).Select(Document).OfType<IdentityDocument>()],
            DigitalCurrencyAddresses = features.DigitalCurrencyAddresses,
            Programs = entity.Child("sanctionsPrograms")?.Texts("sanctionsProgram") ?? [],
            Vessel = features.Vessel,
            Title = features.Title,
            Remarks = entity.Child("generalInfo")?.Text("remarks"),
            LinkedTo = [.. (entity.Child("relationships")?.Children("relationship") ?? []).Select(r => r.Text("relatedEntity")).OfType<string>()],
            ListedOn = ListedOn(entity),
        };
    }

    /// <summary>The list names an entity is on ("SDN List", "Non-SDN ... List"), for inferring the source.</summary>
    public static IEnumerable<string> ListNames(XmlEntryNode entity) => entity.Child("sanctionsLists")?.Texts("sanctionsList") ?? [];

    private static IEnumerable<EntityName> Names(XmlEntryNode entity, bool isIndividual)
    {
        foreach (var name in entity.Child("names")?.Children("name") ?? [])
        {
            var isPrimaryName = IsTrue(name.Text("isPrimary"));
            var strength = IsTrue(name.Text("isLowQuality")) ? NameStrength.Weak : NameStrength.Strong;
            foreach (var translation in name.Child("translations")?.Children("translation") ?? [])
            {
                var isPrimaryTranslation = IsTrue(translation.Text("isPrimary"));
                var parts = translation.Child("nameParts")?.Children("namePart")
                    .Select(part => (Type: part.Text("type"), Value: part.Text("value"))).ToList() ?? [];
                var value = translation.Text("formattedFullName")
                            ?? TextValues.JoinNonBlank(" ", [.. parts.Select(p => p.Value)]);
                if (value is null)
                {
                    continue;
                }

                yield return new EntityName(
                    value,
                    strength,
                    IsPrimary: isPrimaryName && isPrimaryTranslation,
                    Script: EnhancedScripts.CodeOf(translation.Text("script"), value),
                    Parts: isIndividual ? Parts(parts) : null);
            }
        }
    }

    private static NameParts? Parts(List<(string? Type, string? Value)> parts)
    {
        string? Of(string type) => TextValues.JoinNonBlank(" ", [.. parts.Where(p => string.Equals(p.Type, type, StringComparison.OrdinalIgnoreCase)).Select(p => p.Value)]);
        var given = Of("First Name");
        var middle = Of("Middle Name");
        var family = Of("Last Name");
        return given is null && middle is null && family is null ? null : new NameParts(given, middle, family);
    }

    private static PostalAddress? Address(XmlEntryNode address)
    {
        var translation = address.Child("translations")?.Children("translation").FirstOrDefault(t => IsTrue(t.Text("isPrimary")))
                          ?? address.Child("translations")?.Child("translation");
        var parts = translation?.Child("addressParts")?.Children("addressPart")
            .Select(part => (Type: part.Text("type")?.ToUpperInvariant(), Value: part.Text("value"))).ToList() ?? [];
        string? Of(params string[] types) => TextValues.JoinNonBlank(", ", [.. parts.Where(p => types.Contains(p.Type)).Select(p => p.Value)]);

        var result = new PostalAddress(
            Of("ADDRESS1", "ADDRESS2", "ADDRESS3"), Of("CITY"), Of("STATE/PROVINCE"), Of("POSTAL CODE"), address.Text("country"), Of("REGION"));
        return result == new PostalAddress() ? null : result;
    }

    private static IdentityDocument? Document(XmlEntryNode document)
    {
        var type = document.Text("type");
        var number = document.Text("documentNumber");
        return type is null || number is null
            ? null
            : new IdentityDocument(
                type, number, document.Text("issuingCountry"), document.Text("issueDate"), document.Text("expirationDate"),
                TextValues.JoinNonBlank("; ", document.Text("issuingAuthority"), document.Text("issuingLocation")));
    }

    private static DateOnly? ListedOn(XmlEntryNode entity) =>
        (entity.Child("sanctionsLists")?.Children("sanctionsList") ?? [])
        .Select(list => list.Attribute("datePublished"))
        .Select(text => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateOnly?)null)
        .Where(date => date is not null)
        .Min();

    private static bool IsTrue(string? text) => string.Equals(text, "true", StringComparison.OrdinalIgnoreCase);
}
