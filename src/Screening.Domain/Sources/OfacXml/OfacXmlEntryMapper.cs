using Screening.Domain.Model;
using Screening.Domain.Sources.Common;
using Screening.Domain.Sources.OfacCommon;

namespace Screening.Domain.Sources.OfacXml;

/// <summary>Maps one sdnEntry of OFAC's legacy XML (SDN.XML, CONSOLIDATED.XML).</summary>
internal static class OfacXmlEntryMapper
{
    public static SanctionedEntity Map(XmlEntryNode entry, string source, string fileName, long line)
    {
        var uid = entry.Text("uid") ?? throw new ListParseException(fileName, "sdnEntry without uid", line, "sdnEntry/uid");
        var lastName = entry.Text("lastName") ?? throw new ListParseException(fileName, $"sdnEntry {uid} has no lastName", line, "sdnEntry/lastName");
        var type = OfacIdentifiers.EntityTypeOf(entry.Text("sdnType"))
                   ?? throw new ListParseException(fileName, $"sdnEntry {uid} has unknown sdnType '{entry.Text("sdnType")}'", line, "sdnEntry/sdnType");

        var primary = OfacIdentifiers.Name(entry.Text("firstName"), lastName, NameStrength.Strong, isPrimary: true);
        List<EntityName> names = [primary];
        foreach (var aka in Items(entry, "akaList", "aka"))
        {
            if (aka.Text("lastName") is { } akaLast)
            {
                var strength = string.Equals(aka.Text("category"), "weak", StringComparison.OrdinalIgnoreCase) ? NameStrength.Weak : NameStrength.Strong;
                names.Add(OfacIdentifiers.Name(aka.Text("firstName"), akaLast, strength, isPrimary: false));
            }
        }

        var wallets = new List<DigitalCurrencyAddress>();
        var documents = new List<IdentityDocument>();
        foreach (var id in Items(entry, "idList", "id"))
        {
            var idType = id.Text("idType");
            var number = id.Text("idNumber");
            if (idType is null || number is null)
            {
                continue;
            }

            if (OfacIdentifiers.DigitalCurrencyAsset(idType) is { } asset)
            {
                wallets.Add(new DigitalCurrencyAddress(asset, number));
            }
            else
            {
                documents.Add(new IdentityDocument(idType, number, id.Text("idCountry"), id.Text("issueDate"), id.Text("expirationDate")));
            }
        }

        return new SanctionedEntity
        {
            Id = $"{source}:{uid}",
            Source = source,
            Type = type,
            PrimaryName = primary,
            Names = names,
            DatesOfBirth = [.. Items(entry, "dateOfBirthList", "dateOfBirthItem")
                .Select(item => item.Text("dateOfBirth")).OfType<string>()
                .Select(OfacDateText.ParseDateOfBirth).OfType<DateOfBirth>()],
            PlacesOfBirth = [.. Items(entry, "placeOfBirthList", "placeOfBirthItem").Select(item => item.Text("placeOfBirth")).OfType<string>()],
            Nationalities = [.. Items(entry, "nationalityList", "nationality").Select(item => item.Text("country")).OfType<string>()],
            Citizenships = [.. Items(entry, "citizenshipList", "citizenship").Select(item => item.Text("country")).OfType<string>()],
            Addresses = [.. Items(entry, "addressList", "address").Select(Address).OfType<PostalAddress>()],
            Documents = documents,
            DigitalCurrencyAddresses = wallets,
            Programs = entry.Child("programList")?.Texts("program") ?? [],
            Vessel = Vessel(entry.Child("vesselInfo")),
            Title = entry.Text("title"),
            Remarks = entry.Text("remarks"),
        };
    }

    private static IEnumerable<XmlEntryNode> Items(XmlEntryNode entry, string list, string item) =>
        entry.Child(list)?.Children(item) ?? [];

    private static PostalAddress? Address(XmlEntryNode address)
    {
        var result = new PostalAddress(
            TextValues.JoinNonBlank(", ", address.Text("address1"), address.Text("address2"), address.Text("address3")),
            address.Text("city"), address.Text("stateOrProvince"), address.Text("postalCode"), address.Text("country"));
        return result == new PostalAddress() ? null : result;
    }

    private static VesselDetails? Vessel(XmlEntryNode? info) =>
        info is null
            ? null
            : new VesselDetails(info.Text("callSign"), info.Text("vesselType"), info.Text("tonnage"), info.Text("grossRegisteredTonnage"), info.Text("vesselFlag"), info.Text("vesselOwner"));
}
