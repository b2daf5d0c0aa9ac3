using System.Text;
using Screening.Domain.Model;
using Screening.Domain.Sources;
using Screening.Domain.Sources.EuFsfXml;

namespace Screening.Domain.Tests.Sources.EuFsfXml;

public sealed class EuFsfXmlParserTests
{
    private static readonly string[] Excerpt = ["eu", "fsf_xml_2026-08-05_excerpt", "sample_eu_fsf.xml"];

    private static readonly Lazy<ParsedList> Parsed = new(() => new EuFsfXmlParser().Parse(RealLists.File("eu-fsf", Excerpt)));

    private static SanctionedEntity Entity(string logicalId) => Assert.Single(Parsed.Value.Entities, e => e.Id == $"eu-fsf:{logicalId}");

    private static ParsedList ParseChanged(Func<byte[], byte[]> change) =>
        new EuFsfXmlParser().Parse(ListInput.FromBytes("eu-fsf", "eu.xml", change(RealLists.Bytes(Excerpt))));

    [Fact]
    public void Parses_every_entity_and_name_alias_of_the_excerpt()
    {
        var list = Parsed.Value;

        Assert.Equal(5, list.Metadata.ParsedRecordCount);
        Assert.Equal(["eu-fsf:191", "eu-fsf:521", "eu-fsf:3822", "eu-fsf:6106", "eu-fsf:6177"], list.Entities.Select(e => e.Id));
        Assert.Equal(45, list.Entities.Sum(e => e.Names.Count));
        Assert.Equal(8, list.Entities.Sum(e => e.Addresses.Count));
        Assert.Equal(5, list.Entities.Sum(e => e.Documents.Count));
        Assert.Equal(ListFormat.EuFsfXml, list.Metadata.Format);
        // generationDate is the publication date.
        Assert.Equal(new DateTimeOffset(2026, 8, 5, 16, 47, 4, 449, TimeSpan.FromHours(2)), list.Metadata.PublishedAt);
        Assert.Equal("a05187aa9bbab3bb91c2ceb67e7130de1f0e42502f91ce8fc9e8903e6bf6f3f9", list.Metadata.ContentHash);
    }

    [Fact]
    public void Entity_6106_field_by_field()
    {
        var dorda = Entity("6106");

        Assert.Equal(EntityType.Individual, dorda.Type);
        Assert.Equal(new EntityName("Abu Zayd Umar DORDA", NameStrength.Strong, IsPrimary: true, Parts: new NameParts("Abu", "Zayd Umar", "DORDA")), dorda.PrimaryName);
        Assert.Equal(
            [
                dorda.PrimaryName,
                new EntityName("Dorda Abuzed OE", NameStrength.Strong),
                new EntityName("ABÚ ZAJD UMAR DÚRDA", NameStrength.Strong, Language: "CS"),
                new EntityName("Abu  Zayd Umar Hmeid Dorda", NameStrength.Strong),
            ],
            dorda.Names);
        Assert.Equal([new DateOfBirth(new PartialDate(1944, 4, 4))], dorda.DatesOfBirth);
        Assert.Equal(["Alrhaybat"], dorda.PlacesOfBirth);
        Assert.Equal([new PostalAddress(Country: "LIBYA", Remarks: "Libya (Believed status/location: residing in Egypt)")], dorda.Addresses);
        Assert.Equal([new IdentityDocument("National passport", "FK117RK0", "LIBYA", "2018-11-25", "2026-11-24", "Tripoli")], dorda.Documents);
        Assert.Equal(["LBY"], dorda.Programs);
        // unitedNationId ties the EU entry to its UN record.
        Assert.Equal(["un:LYi.006"], dorda.RelatedIds);
        Assert.Equal("Director, External Security Organisation. Head of external intelligence agency.", dorda.Title);
        Assert.Equal(new DateOnly(2011, 2, 26), dorda.ListedOn);
        Assert.Empty(dorda.Citizenships);
        Assert.StartsWith("EU reference number: EU.3886.3\nListed pursuant to paragraph 15 of resolution 1970 (Travel Ban).", dorda.Remarks, StringComparison.Ordinal);
        Assert.Contains("Regulation 2022/1502 (OJ L235) of 2022-09-12", dorda.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Arabic_whole_name_of_6177_is_an_original_script_name()
    {
        var asiri = Entity("6177");

        Assert.Contains(new EntityName("إبراهيم حسن طالع عسيري", NameStrength.Strong, Script: "Arab", Language: "AR"), asiri.Names);
        Assert.Null(asiri.PrimaryName.Script);
        Assert.Equal("Ibrahim Hassan Al Asiri", asiri.PrimaryName.Value);
    }

    [Fact]
    public void Aliases_the_EU_took_over_as_low_quality_are_weak()
    {
        var asiri = Entity("6177");

        Assert.Contains(asiri.Names, n => n is { Value: "Abu-Salaah", Strength: NameStrength.Weak });
        Assert.Contains(asiri.Names, n => n is { Value: "Ibrahim al-'Asiri", Strength: NameStrength.Strong });
    }

    [Fact]
    public void Birth_dates_full_range_circa_and_other_calendars()
    {
        // yearRangeFrom/yearRangeTo with circa="true" and a remark.
        Assert.Contains(new DateOfBirth(new PartialDate(1953), new PartialDate(1958), "circa; between 1953 and 1958"), Entity("521").DatesOfBirth);
        // calendarType ISLAMIC (year 1402) is read from its Gregorian birthdate attribute.
        Assert.Contains(new DateOfBirth(new PartialDate(1982, 4, 19)), Entity("6177").DatesOfBirth);
        Assert.Equal(
            [new DateOfBirth(new PartialDate(1965, 4, 14)), new DateOfBirth(new PartialDate(1964, 3, 1))],
            Entity("191").DatesOfBirth);
    }

    [Fact]
    public void An_enterprise_with_names_in_many_languages_and_contact_details()
    {
        var enterprise = Entity("3822");

        Assert.Equal(EntityType.Entity, enterprise.Type);
        Assert.True(enterprise.Names.Count > 5);
        Assert.Contains(enterprise.Names, n => n.Language is not null and not "EN");
        Assert.Contains(enterprise.Addresses, a => a.Remarks is { } remarks && remarks.Contains("WEB: http://icig.ir/", StringComparison.Ordinal));
        Assert.Contains("UN designation:24/03/2007 (no longer valid)", enterprise.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Citizenships_are_read()
    {
        Assert.Equal(["AFGHANISTAN"], Entity("521").Citizenships);
    }

    [Fact]
    public void An_export_the_size_of_the_full_file_is_read_front_to_back_once()
    {
        // The full export holds about 6,000 entities (25 MB); this one repeats the five real ones under new logicalIds
        // and is generated as it is read, through a stream that cannot seek, so only a streaming parser gets through.
        var text = System.Text.Encoding.UTF8.GetString(RealLists.Bytes(Excerpt));
        var start = text.IndexOf("<sanctionEntity", StringComparison.Ordinal);
        var end = text.LastIndexOf("</export>", StringComparison.Ordinal);
        var entities = text[start..end];
        var copies = 1200;
        var input = new ListInput("eu-fsf", [new ListFile("eu-full.xml", () => new GeneratedStream(
            text[..start],
            Enumerable.Range(0, copies).Select(copy => entities.Replace("logicalId=\"", $"logicalId=\"{copy}-", StringComparison.Ordinal)),
            text[end..]))]);

        var list = new EuFsfXmlParser().Parse(input);

        Assert.Equal(copies * 5, list.Metadata.ParsedRecordCount);
        Assert.Equal(copies * 45, list.Entities.Sum(e => e.Names.Count));
    }

    [Fact]
    public void Is_recognised_by_content_and_named_eu_fsf()
    {
        var unnamed = ListInput.FromBytes("", "download", RealLists.Bytes(Excerpt));

        Assert.Equal(ListFormat.EuFsfXml, ListReader.Detect(unnamed));
        Assert.Equal("eu-fsf", ListSourceInference.Infer(unnamed));
        Assert.False(new EuFsfXmlParser().Recognizes(ListInput.FromBytes("x", "other.xml", Encoding.UTF8.GetBytes("<export xmlns=\"urn:other\"><item/></export>"))));
    }

    [Fact]
    public void A_truncated_export_is_a_typed_error()
    {
        var error = Assert.Throws<ListParseException>(() => ParseChanged(bytes => RealLists.Truncate(bytes, 0.6)));

        Assert.Equal("eu.xml", error.FileName);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void An_entity_without_logicalId_is_a_typed_error()
    {
        var error = Assert.Throws<ListParseException>(() => ParseChanged(bytes => RealLists.ReplaceFirst(bytes, "logicalId=\"6106\"", "logicalId=\"\"")));

        Assert.Equal("sanctionEntity", error.Element);
        Assert.Equal(171, error.Line);
    }

    [Fact]
    public void An_export_without_entities_is_a_typed_error()
    {
        var empty = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><export xmlns=\"http://eu.europa.ec/fpi/fsd/export\" generationDate=\"2026-08-05T16:47:04.449+02:00\"></export>");

        Assert.Throws<ListParseException>(() => new EuFsfXmlParser().Parse(ListInput.FromBytes("eu-fsf", "eu.xml", empty)));
    }
}
