using System.Text;
using Screening.Domain.Model;
using Screening.Domain.Sources;
using Screening.Domain.Sources.UkOfsi;

namespace Screening.Domain.Tests.Sources.UkOfsi;

public sealed class UkOfsiParserTests
{
    private static readonly string[] Excel2025 = ["uk", "ofsi_conlist_xlsx_2025-04-10", "ConList.xlsx"];
    private static readonly string[] Csv2018 = ["uk", "ofsi_conlist_csv_2018-04-13", "ConList.csv"];

    private static readonly Lazy<ParsedList> FromExcel = new(() => new UkOfsiParser().Parse(RealLists.File("uk-ofsi", Excel2025)));
    private static readonly Lazy<ParsedList> FromCsv = new(() => new UkOfsiParser().Parse(RealLists.File("uk-ofsi", Csv2018)));

    private static SanctionedEntity Group(Lazy<ParsedList> list, string groupId) => Assert.Single(list.Value.Entities, e => e.Id == $"uk-ofsi:{groupId}");

    [Fact]
    public void The_2025_Excel_form_gives_one_entity_per_group()
    {
        var list = FromExcel.Value;

        Assert.Equal(4686, list.Metadata.ParsedRecordCount);
        Assert.Equal(ListFormat.UkOfsi, list.Metadata.Format);
        // Row 1 "Last Updated, 10/04/2025" is the publication date.
        Assert.Equal(new DateTimeOffset(2025, 4, 10, 0, 0, 0, TimeSpan.Zero), list.Metadata.PublishedAt);
        Assert.Equal(15, list.Entities.Count(e => e.Type == EntityType.Vessel));
        Assert.Equal("6e4724109a065b72a267cef6e183b17a45098f8a9c2d3af9e78837eca834bd0f", list.Metadata.ContentHash);
    }

    [Fact]
    public void The_2018_CSV_form_gives_one_entity_per_group()
    {
        var list = FromCsv.Value;

        Assert.Equal(2106, list.Metadata.ParsedRecordCount);
        Assert.Equal(new DateTimeOffset(2018, 4, 13, 0, 0, 0, TimeSpan.Zero), list.Metadata.PublishedAt);
        Assert.Equal("4402c65f027b678fb6ed01a18d4de00bbf026c4d2475c146c278011f688d033d", list.Metadata.ContentHash);
    }

    [Fact]
    public void Name_variations_of_a_group_become_aliases_of_one_entity()
    {
        var haq = Group(FromExcel, "15672");

        Assert.Equal(EntityType.Individual, haq.Type);
        Assert.Equal(new EntityName("Mian Abdul HAQ", NameStrength.Strong, IsPrimary: true, Parts: new NameParts("Mian", "Abdul", "HAQ")), haq.PrimaryName);
        Assert.Equal(["Mian Abdul HAQ", "Mian MITHOO", "Mian MITHU", "Mian MITTO", "Mian MITTU"], haq.Names.Select(n => n.Value));
        Assert.Equal(["Pakistan"], haq.Nationalities);
        Assert.Equal([new PostalAddress(Street: "Hafizabad Taluka Daharki, District Ghotki", Country: "Pakistan")], haq.Addresses);
        Assert.Equal(["Global Human Rights"], haq.Programs);
        Assert.Equal(new DateOnly(2022, 12, 9), haq.ListedOn);
        Assert.StartsWith("(UK Sanctions List Ref):GHR0086.", haq.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void The_non_Latin_script_name_is_an_original_script_name()
    {
        var abdulAhad = Group(FromExcel, "7055");

        Assert.Contains(abdulAhad.Names, n => n is { Value: "عزیز الرحمان عبد الاحد", Script: "Arab" });
        Assert.Equal(new NameParts("Azizirahman", null, "ABDUL AHAD"), abdulAhad.PrimaryName.Parts);
        Assert.Equal([new IdentityDocument("National identification", "44323", Remarks: "(Afghan) (tazkira)")], abdulAhad.Documents);
    }

    [Fact]
    public void Alias_quality_low_makes_a_weak_name()
    {
        var weak = FromExcel.Value.Entities.SelectMany(e => e.Names).Count(n => n.Strength == NameStrength.Weak);

        Assert.InRange(weak, 1, FromExcel.Value.Entities.Sum(e => e.Names.Count) - 1);
    }

    [Fact]
    public void The_UN_reference_in_other_information_ties_an_entry_to_its_UN_record()
    {
        Assert.Contains(FromExcel.Value.Entities, e => e.RelatedIds.Any(id => id.StartsWith("un:QDi.", StringComparison.Ordinal)));
        Assert.Equal(["un:QDe.004"], Group(FromCsv, "13349").RelatedIds);
    }

    [Fact]
    public void Dates_with_unknown_day_and_month_and_numbered_nationalities()
    {
        var qahtani = Group(FromCsv, "13349");

        Assert.Contains(new DateOfBirth(new PartialDate(1980)), qahtani.DatesOfBirth);
        Assert.Contains(new DateOfBirth(new PartialDate(1981)), qahtani.DatesOfBirth);
        Assert.Equal(["Saudi Arabia", "Qatar"], qahtani.Nationalities);
        Assert.Equal("Passport No: 592667 (Qatari passport issued on 3 May 2007).", Assert.Single(qahtani.Documents).Number);
    }

    [Fact]
    public void The_2018_CSV_is_read_as_Windows_1252()
    {
        Assert.Contains(FromCsv.Value.Entities.SelectMany(e => e.Names), n => n.Value == "Abdallah AL-MU\u2019AYYAD");
        Assert.DoesNotContain(FromCsv.Value.Entities.SelectMany(e => e.Names), n => n.Value.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ofsi_conlist_xlsx_2025-04-10", "ConList.xlsx")]
    [InlineData("ofsi_conlist_csv_2018-04-13", "ConList.csv")]
    public void Both_forms_are_recognised_by_content_and_named_uk_ofsi(string folder, string file)
    {
        var unnamed = ListInput.FromBytes("", "upload", RealLists.Bytes("uk", folder, file));

        Assert.Equal(ListFormat.UkOfsi, ListReader.Detect(unnamed));
        Assert.Equal("uk-ofsi", ListSourceInference.Infer(unnamed));
    }

    [Fact]
    public void A_row_without_a_group_id_is_a_typed_error_naming_the_line()
    {
        var bytes = RealLists.Bytes(Csv2018);
        var text = Encoding.Latin1.GetString(bytes);
        // The last field of line 3 (AL-QAHTANI's first row) is its Group ID, 13349.
        var lineStart = text.IndexOf(" AL-QAHTANI", StringComparison.Ordinal);
        var groupAt = text.IndexOf(",13349\n", lineStart, StringComparison.Ordinal);
        var changed = Encoding.Latin1.GetBytes(string.Concat(text.AsSpan(0, groupAt), ",\n", text.AsSpan(groupAt + ",13349\n".Length)));

        var error = Assert.Throws<ListParseException>(() => new UkOfsiParser().Parse(ListInput.FromBytes("uk-ofsi", "ConList.csv", changed)));
        Assert.Equal(3, error.Line);
        Assert.Equal("Group ID", error.Element);
    }

    [Fact]
    public void A_file_without_its_header_row_is_a_typed_error()
    {
        var headerless = Encoding.UTF8.GetBytes("Last Updated,13/04/2018\nZYMA,Someone,,,,,,,,,,,,,,,,,,,,,,Individual,Primary name,Iraq,01/01/2003,01/01/2003,1\n");

        Assert.Throws<ListParseException>(() => new UkOfsiParser().Parse(ListInput.FromBytes("uk-ofsi", "ConList.csv", headerless)));
    }

    [Fact]
    public void A_truncated_workbook_is_a_typed_error()
    {
        var truncated = ListInput.FromBytes("uk-ofsi", "ConList.xlsx", RealLists.Truncate(RealLists.Bytes(Excel2025), 0.7));

        var error = Assert.Throws<ListParseException>(() => new UkOfsiParser().Parse(truncated));
        Assert.Contains("Excel workbook", error.Reason, StringComparison.Ordinal);
    }
}
