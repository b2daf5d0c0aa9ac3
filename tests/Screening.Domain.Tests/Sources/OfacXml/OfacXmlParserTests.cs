using Screening.Domain.Model;
using Screening.Domain.Sources;
using Screening.Domain.Sources.OfacXml;

namespace Screening.Domain.Tests.Sources.OfacXml;

public sealed class OfacXmlParserTests
{
    private static readonly string[] Consolidated = ["ofac", "consolidated_xml_2024-05-06", "consolidated.xml"];

    private static ParsedList Parse(byte[]? bytes = null) =>
        new OfacXmlParser().Parse(ListInput.FromBytes("ofac-cons", "consolidated.xml", bytes ?? RealLists.Bytes(Consolidated)));

    [Fact]
    public void Parses_every_entry_of_the_consolidated_XML()
    {
        var list = Parse();

        Assert.Equal(443, list.Metadata.ParsedRecordCount);
        Assert.Equal(443, list.Metadata.DeclaredRecordCount);
        Assert.Equal(79, list.Entities.Count(e => e.Type == EntityType.Individual));
        Assert.Equal(364, list.Entities.Count(e => e.Type == EntityType.Entity));
        Assert.Equal(0, list.Entities.Sum(e => e.DigitalCurrencyAddresses.Count));
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 0, 0, 0, TimeSpan.Zero), list.Metadata.PublishedAt);
        Assert.Equal(ListFormat.OfacLegacyXml, list.Metadata.Format);
    }

    [Fact]
    public void Maps_an_individual_field_by_field()
    {
        var haniya = Parse().Entities.Single(e => e.Id == "ofac-cons:9639");

        Assert.Equal("HANIYA, Ismail Abdul Salah", haniya.PrimaryName.Value);
        Assert.Equal(new NameParts("Ismail Abdul Salah", null, "HANIYA"), haniya.PrimaryName.Parts);
        Assert.Contains(haniya.Names, n => n.Value == "HANIYYA, Ismaeel" && n.Strength == NameStrength.Strong && !n.IsPrimary);
        Assert.Equal(["NS-PLC"], haniya.Programs);
        Assert.Equal([new DateOfBirth(new PartialDate(1962), null, "1962")], haniya.DatesOfBirth);
        Assert.Equal(["Shati"], haniya.PlacesOfBirth);
    }

    [Fact]
    public void Reads_identifiers_addresses_and_nationalities()
    {
        var entities = Parse().Entities;

        Assert.Equal(2366, entities.Sum(e => e.Documents.Count));
        Assert.Contains(entities.SelectMany(e => e.Addresses), a => a.City == "Hebron" && a.StateOrProvince == "West Bank" && a.Country == "Palestinian");
        Assert.Single(entities, e => e.Nationalities.Contains("Palestinian"));
        Assert.Single(entities, e => e.Citizenships.Count > 0);
    }

    [Fact]
    public void Reads_wallet_addresses_from_the_id_list()
    {
        var bytes = RealLists.ReplaceFirst(RealLists.Bytes(Consolidated), "<idType>Website</idType>", "<idType>Digital Currency Address - XBT</idType>");

        var wallets = Parse(bytes).Entities.SelectMany(e => e.DigitalCurrencyAddresses).ToList();

        Assert.Equal("XBT", Assert.Single(wallets).Asset);
    }

    [Fact]
    public void Accepts_the_older_tempuri_namespace()
    {
        var bytes = RealLists.ReplaceFirst(RealLists.Bytes(Consolidated),
            "xmlns=\"https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML\"", "xmlns=\"http://tempuri.org/sdnList.xsd\"");

        Assert.Equal(443, Parse(bytes).Entities.Count);
    }

    [Fact]
    public void A_record_count_that_differs_from_the_entries_fails()
    {
        var bytes = RealLists.ReplaceFirst(RealLists.Bytes(Consolidated), "<Record_Count>443</Record_Count>", "<Record_Count>444</Record_Count>");

        var error = Assert.Throws<ListParseException>(() => Parse(bytes));

        Assert.Contains("444", error.Reason, StringComparison.Ordinal);
        Assert.Equal("publshInformation/Record_Count", error.Element);
    }

    [Fact]
    public void A_truncated_file_fails_with_the_line()
    {
        var error = Assert.Throws<ListParseException>(() => Parse(RealLists.Truncate(RealLists.Bytes(Consolidated), 0.7)));

        Assert.Equal("consolidated.xml", error.FileName);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Corrupt_bytes_fail_with_the_line()
    {
        var bytes = RealLists.Bytes(Consolidated);
        bytes[bytes.Length / 2] = (byte)'<';
        bytes[(bytes.Length / 2) + 1] = (byte)'<';

        var error = Assert.Throws<ListParseException>(() => Parse(bytes));

        Assert.True(error.Line > 1);
    }

    [Fact]
    public void An_unknown_entry_type_fails_with_the_element()
    {
        var bytes = RealLists.ReplaceFirst(RealLists.Bytes(Consolidated), "<sdnType>Individual</sdnType>", "<sdnType>Robot</sdnType>");

        var error = Assert.Throws<ListParseException>(() => Parse(bytes));

        Assert.Equal("sdnEntry/sdnType", error.Element);
        Assert.Equal(7, error.Line);
    }
}
