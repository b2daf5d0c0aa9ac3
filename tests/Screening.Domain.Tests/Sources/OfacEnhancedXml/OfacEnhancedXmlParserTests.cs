using Screening.Domain.Model;
using Screening.Domain.Sources;
using Screening.Domain.Sources.OfacEnhancedXml;

namespace Screening.Domain.Tests.Sources.OfacEnhancedXml;

public sealed class OfacEnhancedXmlParserTests
{
    private static readonly string[] ConsXml = ["ofac", "cons_enhanced_xml_2025-01-10", "CONS_ENHANCED.XML"];
    private static readonly string[] ConsZip = ["ofac", "cons_enhanced_xml_2025-01-10", "CONS_ENHANCED.ZIP"];
    private static readonly string[] Irgc = ["ofac", "enhanced_xml_program_extracts", "IRGC_sanctions.xml"];
    private static readonly string[] Yemen = ["ofac", "enhanced_xml_program_extracts", "yemen_sanctions.xml"];

    private static ParsedList Parse(string source, string[] path) => new OfacEnhancedXmlParser().Parse(RealLists.File(source, path));

    [Fact]
    public void Parses_every_entity_of_CONS_ENHANCED()
    {
        var list = Parse("ofac-cons", ConsXml);

        Assert.Equal(443, list.Metadata.ParsedRecordCount);
        Assert.Equal(80, list.Entities.Count(e => e.Type == EntityType.Individual));
        Assert.Equal(363, list.Entities.Count(e => e.Type == EntityType.Entity));
        Assert.Equal(0, list.Entities.Sum(e => e.DigitalCurrencyAddresses.Count));
        Assert.Equal(new DateTimeOffset(2025, 1, 10, 0, 0, 0, TimeSpan.Zero), list.Metadata.PublishedAt);
    }

    [Fact]
    public void The_published_zip_gives_the_same_entities_and_hash_as_the_XML()
    {
        var fromXml = Parse("ofac-cons", ConsXml);
        var fromZip = Parse("ofac-cons", ConsZip);

        Assert.Equal(fromXml.Entities.Count, fromZip.Entities.Count);
        Assert.Equal(fromXml.Entities.Select(e => e.Id), fromZip.Entities.Select(e => e.Id));
        Assert.Equal(fromXml.Metadata.ContentHash, fromZip.Metadata.ContentHash);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(RealLists.Bytes(ConsXml))), fromXml.Metadata.ContentHash);
    }

    [Fact]
    public void Parses_the_IRGC_program_extract_with_its_wallets()
    {
        var list = Parse("ofac-sdn", Irgc);

        Assert.Equal(293, list.Entities.Count);
        Assert.Equal(165, list.Entities.Count(e => e.Type == EntityType.Individual));
        Assert.Equal(84, list.Entities.Count(e => e.Type == EntityType.Entity));
        Assert.Equal(44, list.Entities.Count(e => e.Type == EntityType.Aircraft));
        var wallets = list.Entities.SelectMany(e => e.DigitalCurrencyAddresses).ToList();
        Assert.Equal(7, wallets.Count);
        Assert.All(wallets, w => Assert.Equal("XBT", w.Asset));
        Assert.Equal(new DateTimeOffset(2024, 8, 28, 0, 0, 0, TimeSpan.Zero), list.Metadata.PublishedAt);
    }

    [Fact]
    public void Parses_the_Yemen_program_extract()
    {
        var list = Parse("ofac-sdn", Yemen);

        Assert.Equal(10, list.Entities.Count);
        Assert.All(list.Entities, e => Assert.Equal(EntityType.Individual, e.Type));
    }

    [Fact]
    public void Maps_an_entity_with_an_address_field_by_field()
    {
        var atlas = Parse("ofac-sdn", Irgc).Entities.Single(e => e.Id == "ofac-sdn:26527");

        Assert.Equal("IRANIAN ATLAS COMPANY", atlas.PrimaryName.Value);
        Assert.Equal(EntityType.Entity, atlas.Type);
        Assert.Equal(["IFSR", "IRGC", "SDGT"], atlas.Programs);
        Assert.Equal(new DateOnly(2019, 3, 26), atlas.ListedOn);
        Assert.Equal([new PostalAddress(Street: "No. 5, 10th Baharestan, Pasdaran Street", City: "Tehran", Country: "Iran")], atlas.Addresses);
    }

    [Fact]
    public void Maps_an_individual_with_birth_data_name_parts_and_links()
    {
        var ebrahimi = Parse("ofac-sdn", Irgc).Entities.Single(e => e.Id == "ofac-sdn:26526");

        Assert.Equal("EBRAHIMI, Ayatollah", ebrahimi.PrimaryName.Value);
        Assert.Equal(new NameParts("Ayatollah", null, "Ebrahimi"), ebrahimi.PrimaryName.Parts);
        Assert.Equal([new DateOfBirth(new PartialDate(1972), null, "1972")], ebrahimi.DatesOfBirth);
        Assert.Equal(["Qomshaneh, Hamadan Province, Iran"], ebrahimi.PlacesOfBirth);
        Assert.Equal(["ANSAR BANK"], ebrahimi.LinkedTo);
    }

    [Fact]
    public void Non_Latin_translations_become_names_with_their_script()
    {
        var entities = Parse("ofac-cons", ConsXml).Entities;

        var vtb = entities.Single(e => e.PrimaryName.Value == "VTB BANK PUBLIC JOINT STOCK COMPANY");
        Assert.Contains(vtb.Names, n => n.Value == "БАНК ВТБ ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО" && n.Script == "Cyrl");
        Assert.Contains(vtb.Documents, d => d.Type == "Tax ID No." && d.Number == "7702070139" && d.Country == "Russia");
        Assert.Contains(Parse("ofac-sdn", Irgc).Entities.SelectMany(e => e.Names), n => n.Script == "Arab");
        Assert.All(entities, e => Assert.True(e.Names[0].IsPrimary && e.Names.Count(n => n.IsPrimary) == 1));
    }

    [Fact]
    public void A_truncated_file_fails_with_the_line()
    {
        var bytes = RealLists.Truncate(RealLists.Bytes(Irgc), 0.5);

        var error = Assert.Throws<ListParseException>(() => new OfacEnhancedXmlParser().Parse(ListInput.FromBytes("ofac-sdn", "IRGC_sanctions.xml", bytes)));

        Assert.Equal("IRGC_sanctions.xml", error.FileName);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void A_truncated_zip_fails_naming_the_zip()
    {
        var bytes = RealLists.Truncate(RealLists.Bytes(ConsZip), 0.5);

        var error = Assert.Throws<ListParseException>(() => new OfacEnhancedXmlParser().Parse(ListInput.FromBytes("ofac-cons", "CONS_ENHANCED.ZIP", bytes)));

        Assert.Equal("CONS_ENHANCED.ZIP", error.FileName);
    }

    [Fact]
    public void An_entity_without_primary_name_fails()
    {
        var bytes = RealLists.ReplaceFirst(RealLists.Bytes(Yemen), "<isPrimary>true</isPrimary>\r\n          <isLowQuality>", "<isPrimary>false</isPrimary>\r\n          <isLowQuality>");

        var error = Assert.Throws<ListParseException>(() => new OfacEnhancedXmlParser().Parse(ListInput.FromBytes("ofac-sdn", "yemen.xml", bytes)));

        Assert.Contains("primary name", error.Reason, StringComparison.Ordinal);
    }
}
