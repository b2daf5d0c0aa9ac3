using System.Text;
using Screening.Domain.Model;
using Screening.Domain.Sources;
using Screening.Domain.Sources.UnXml;

namespace Screening.Domain.Tests.Sources.UnXml;

public sealed class UnXmlParserTests
{
    private static readonly string[] UnList = ["un", "2026-02-27", "consolidated.xml"];

    private static ParsedList Parse() => new UnXmlParser().Parse(RealLists.File("un", UnList));

    [Fact]
    public void Parses_every_individual_and_entity_of_the_UN_list()
    {
        var list = Parse();

        Assert.Equal(1003, list.Metadata.ParsedRecordCount);
        Assert.Equal(730, list.Entities.Count(e => e.Type == EntityType.Individual));
        Assert.Equal(273, list.Entities.Count(e => e.Type == EntityType.Entity));
        Assert.Equal(new DateTimeOffset(2026, 2, 27, 0, 0, 9, 554, TimeSpan.Zero), list.Metadata.PublishedAt);
        Assert.Equal(ListFormat.UnConsolidatedXml, list.Metadata.Format);
    }

    [Theory]
    [InlineData("Al-Qaida", 341)]
    [InlineData("DPRK", 155)]
    [InlineData("Taliban", 140)]
    [InlineData("Iran", 121)]
    [InlineData("Iraq", 75)]
    [InlineData("DRC", 53)]
    [InlineData("Libya", 30)]
    [InlineData("Somalia", 24)]
    [InlineData("CAR", 15)]
    [InlineData("Haiti", 11)]
    [InlineData("Yemen", 11)]
    [InlineData("GB", 10)]
    [InlineData("Sudan", 9)]
    [InlineData("SouthSudan", 8)]
    public void Counts_entries_per_UN_list_type(string listType, int expected) =>
        Assert.Equal(expected, Parse().Entities.Count(e => e.Programs.Contains(listType)));

    [Fact]
    public void Maps_a_DPRK_individual_field_by_field()
    {
        var ri = Parse().Entities.Single(e => e.Id == "un:KPi.033");

        Assert.Equal("un", ri.Source);
        Assert.Equal(EntityType.Individual, ri.Type);
        Assert.Equal("RI WON HO", ri.PrimaryName.Value);
        Assert.True(ri.PrimaryName.IsPrimary);
        Assert.Equal(new NameParts("RI", null, "WON HO"), ri.PrimaryName.Parts);
        Assert.Equal(["DPRK"], ri.Programs);
        Assert.Equal(new DateOnly(2016, 11, 30), ri.ListedOn);
        Assert.Equal([new DateOfBirth(new PartialDate(1964, 7, 17))], ri.DatesOfBirth);
        Assert.Equal(["Democratic People's Republic of Korea"], ri.Nationalities);
        Assert.Equal("DPRK Ministry of State Security Official", ri.Title);
        Assert.StartsWith("Ri Won Ho is a DPRK Ministry of State Security Official", ri.Remarks, StringComparison.Ordinal);
        Assert.Contains(ri.Documents, d => d.Type == "Passport");
    }

    [Fact]
    public void Original_script_names_carry_their_detected_script()
    {
        var entities = Parse().Entities;

        var umarov = entities.Single(e => e.Id == "un:QDi.290");
        Assert.Contains(umarov.Names, n => n.Value == "Умаров Доку Хаматович" && n.Script == "Cyrl");
        var arabic = entities.SelectMany(e => e.Names).Count(n => n.Script == "Arab");
        Assert.Equal(366, arabic);
        var latinOriginal = entities.Single(e => e.Id == "un:QDe.164");
        Assert.Contains(latinOriginal.Names, n => n.Value == "JAMAAH ANSHARUT DAULAH" && n.Script is null);
    }

    [Fact]
    public void Aliases_map_Good_to_strong_and_Low_to_weak_and_skip_empty_ones()
    {
        var entities = Parse().Entities;

        var aliases = entities.SelectMany(e => e.Names.Where(n => !n.IsPrimary && n.Script is null && !IsLatinOriginal(e, n))).ToList();
        Assert.Equal(615, aliases.Count(n => n.Strength == NameStrength.Weak));
        Assert.DoesNotContain(entities.SelectMany(e => e.Names), n => string.IsNullOrWhiteSpace(n.Value));
        var kakolele = entities.Single(e => e.Id == "un:CDi.002");
        Assert.Contains(kakolele.Names, n => n.Value == "FRANK KAKORERE" && n.Strength == NameStrength.Strong);
    }

    [Fact]
    public void Reads_the_three_kinds_of_date_of_birth()
    {
        var entities = Parse().Entities;

        var badege = entities.Single(e => e.Id == "un:CDi.001");
        Assert.Equal([new DateOfBirth(new PartialDate(1971))], badege.DatesOfBirth);
        var between = entities.SelectMany(e => e.DatesOfBirth).Where(d => d.To is not null).ToList();
        Assert.Equal(31, between.Count);
        Assert.Contains(entities.SelectMany(e => e.DatesOfBirth), d => d.Text?.StartsWith("approximately", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Reads_addresses_places_of_birth_and_documents()
    {
        var entities = Parse().Entities;

        var kakolele = entities.Single(e => e.Id == "un:CDi.002");
        Assert.Equal([new PostalAddress(City: "Kinshasa", Country: "Democratic Republic of the Congo", Remarks: "as of June 2016")], kakolele.Addresses);
        Assert.Contains(entities, e => e.PlacesOfBirth.Contains("Bigogwe, Rwanda"));
        Assert.Contains(entities.SelectMany(e => e.Documents), d => d.Type == "Passport" && d.Number == "OB 0243318" && d.Country == "Democratic Republic of the Congo");
    }

    [Fact]
    public void Detects_Hangul_in_an_original_script_name()
    {
        var xml = UnXmlBuilder.Individual("KPi.999", "KIM", "TEST", originalScript: "김테스트", listType: "DPRK");

        var entity = Assert.Single(new UnXmlParser().Parse(ListInput.FromBytes("un", "un.xml", xml)).Entities);

        Assert.Contains(entity.Names, n => n.Value == "김테스트" && n.Script == "Hang");
    }

    [Fact]
    public void A_truncated_file_fails_with_the_line()
    {
        var bytes = RealLists.Truncate(RealLists.Bytes(UnList), 0.6);

        var error = Assert.Throws<ListParseException>(() => new UnXmlParser().Parse(ListInput.FromBytes("un", "consolidated.xml", bytes)));

        Assert.Equal("consolidated.xml", error.FileName);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Corrupt_markup_fails_with_the_line()
    {
        var bytes = RealLists.ReplaceFirst(RealLists.Bytes(UnList), "<SECOND_NAME>BADEGE</SECOND_NAME>", "<SECOND_NAME>BADEGE</SECND_NAME>");

        var error = Assert.Throws<ListParseException>(() => new UnXmlParser().Parse(ListInput.FromBytes("un", "consolidated.xml", bytes)));

        Assert.Equal(8, error.Line);
    }

    [Fact]
    public void An_entry_without_reference_number_fails()
    {
        var bytes = RealLists.ReplaceFirst(RealLists.Bytes(UnList), "<REFERENCE_NUMBER>CDi.001</REFERENCE_NUMBER>", string.Empty);

        var error = Assert.Throws<ListParseException>(() => new UnXmlParser().Parse(ListInput.FromBytes("un", "consolidated.xml", bytes)));

        Assert.Contains("REFERENCE_NUMBER", error.Reason, StringComparison.Ordinal);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Another_XML_format_is_refused()
    {
        var input = RealLists.File("un", "ofac", "consolidated_xml_2024-05-06", "consolidated.xml");

        Assert.False(new UnXmlParser().Recognizes(input));
        Assert.Throws<ListParseException>(() => new UnXmlParser().Parse(input));
    }

    private static bool IsLatinOriginal(SanctionedEntity entity, EntityName name) => entity.Id == "un:QDe.164" && name.Value == "JAMAAH ANSHARUT DAULAH";
}

/// <summary>Minimal UN list documents for cases the real file does not contain.</summary>
internal static class UnXmlBuilder
{
    public static byte[] Individual(string reference, string first, string second, string originalScript, string listType) =>
        Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z">
              <INDIVIDUALS>
                <INDIVIDUAL>
                  <FIRST_NAME>{first}</FIRST_NAME>
                  <SECOND_NAME>{second}</SECOND_NAME>
                  <UN_LIST_TYPE>{listType}</UN_LIST_TYPE>
                  <REFERENCE_NUMBER>{reference}</REFERENCE_NUMBER>
                  <LISTED_ON>2020-01-01</LISTED_ON>
                  <NAME_ORIGINAL_SCRIPT>{originalScript}</NAME_ORIGINAL_SCRIPT>
                </INDIVIDUAL>
              </INDIVIDUALS>
              <ENTITIES/>
            </CONSOLIDATED_LIST>
            """);
}
