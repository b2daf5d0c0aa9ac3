using Screening.Domain.Model;
using Screening.Domain.Sources;
using Screening.Domain.Sources.MofExcel;
using Screening.Domain.Tests.Sources.Excel;

namespace Screening.Domain.Tests.Sources.MofExcel;

public sealed class MofExcelParserTests
{
    private static readonly string[] Workbook = ["jp", "mof_2026-03-02", "shisantouketsu20260305.xlsx"];

    /// <summary>The first programme sheet, "1.ミロシェビッチ前ユーゴ大統領関係者" (the index sheet 一覧 is sheet1.xml).</summary>
    private const string FirstProgrammeSheetPart = "xl/worksheets/sheet2.xml";

    private static readonly Lazy<ParsedList> Parsed = new(() => new MofExcelParser().Parse(RealLists.File("jp-mof", Workbook)));

    private static SanctionedEntity Entity(string id) => Assert.Single(Parsed.Value.Entities, e => e.Id == id);

    private static int CountOnSheets(params int[] sheets) =>
        Parsed.Value.Entities.Count(e => sheets.Any(sheet => e.Id.StartsWith($"jp-mof:{sheet}-", StringComparison.Ordinal)));

    [Fact]
    public void Parses_every_entry_of_every_programme_sheet()
    {
        var list = Parsed.Value;

        // 2,861 rows with a notice number and both names, plus 16-12, whose English name stands in the alias column.
        Assert.Equal(2862, list.Metadata.ParsedRecordCount);
        Assert.Equal(2862, list.Entities.Count);
        Assert.Equal(ListFormat.MofExcel, list.Metadata.Format);
        Assert.Equal("f34ab1163f39d607b60175c0dafea0a14d43149c5f70602c30c792b2a01a9f56", list.Metadata.ContentHash);
        Assert.All(list.Entities, e => Assert.Equal("jp-mof", e.Source));
        // MOF dates each workbook in its file name.
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.Zero), list.Metadata.PublishedAt);
    }

    [Fact]
    public void A_workbook_under_another_name_has_no_publication_date()
    {
        var renamed = new MofExcelParser().Parse(ListInput.FromBytes("jp-mof", "mof-list.xlsx", RealLists.Bytes(Workbook)));

        Assert.Null(renamed.Metadata.PublishedAt);
        Assert.Equal(Parsed.Value.Metadata.ContentHash, renamed.Metadata.ContentHash);
    }

    [Fact]
    public void Counts_per_programme_match_the_sheets()
    {
        Assert.Equal(330, CountOnSheets(13, 14, 15, 16, 17));
        Assert.Equal(752, CountOnSheets(29));
        Assert.Equal(480, CountOnSheets(2));
        Assert.Equal(369, CountOnSheets(28));
        Assert.Equal(331, CountOnSheets(26));
    }

    [Theory]
    [InlineData(8)]
    [InlineData(11)]
    [InlineData(18)]
    public void Lifted_programmes_are_not_screened(int sheet) => Assert.Equal(0, CountOnSheets(sheet));

    [Fact]
    public void Deleted_entries_keep_no_record()
    {
        // 2-1 is "2011.11.18削除": a notice number without names.
        Assert.DoesNotContain(Parsed.Value.Entities, e => e.Id == "jp-mof:2-1");
        Assert.Equal(0, CountOnSheets(41));
    }

    [Fact]
    public void A_DPRK_individual_with_an_Excel_serial_birth_date_below_a_note_row()
    {
        var yun = Entity("jp-mof:15-1");

        Assert.Equal(EntityType.Individual, yun.Type);
        Assert.Equal("Yun Ho-jin", yun.PrimaryName.Value);
        Assert.Contains(yun.Names, n => n is { Value: "ユン・ホジン", Script: "Kana", Strength: NameStrength.Strong });
        Assert.Contains(yun.Names, n => n is { Value: "ユン・ホチン", Script: "Kana" });
        Assert.Contains(yun.Names, n => n is { Value: "Yun Ho-chin", Script: null });
        // 16358 stored as a plain number is Excel's serial for 1944-10-13.
        Assert.Equal(new DateOfBirth(new PartialDate(1944, 10, 13)), Assert.Single(yun.DatesOfBirth));
        Assert.Equal(["北朝鮮"], yun.Nationalities);
        Assert.Equal("北朝鮮平壌特別市", Assert.Single(yun.Addresses).Street);
        Assert.Equal("ナムチョンガン・トレーディング・コーポレーション代表; Director of Namchongang Trading Corporation", yun.Title);
        Assert.Equal(new DateOnly(2009, 7, 24), yun.ListedOn);
        // The programme is the sheet's title, not its note row ("（注）#で標記した個人は...").
        Assert.Equal(["北朝鮮に関連する国際連合安全保障理事会決議に基づく資産凍結等の措置の対象となる者(個人)"], yun.Programs);
    }

    [Fact]
    public void A_DPRK_individual_with_a_passport()
    {
        var ra = Entity("jp-mof:15-8");

        Assert.Equal("RA KY’ONG-SU", ra.PrimaryName.Value);
        Assert.Equal(new IdentityDocument("Passport", "645120196(北朝鮮旅券)"), Assert.Single(ra.Documents));
        Assert.Equal(new PartialDate(1954, 6, 4), Assert.Single(ra.DatesOfBirth).From);
    }

    [Fact]
    public void A_passport_and_its_dates_over_several_lines_are_one_document()
    {
        var paek = Entity("jp-mof:15-6");

        var passport = Assert.Single(paek.Documents);
        Assert.StartsWith("381420754", passport.Number, StringComparison.Ordinal);
        Assert.Contains("旅券失効日:2016年12月7日", passport.Number, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Russian_entity_with_Japanese_and_English_aliases()
    {
        var globus = Entity("jp-mof:28-15");

        Assert.Equal(EntityType.Entity, globus.Type);
        Assert.Equal("JSC Ryazanskoe Konstruktorskoe Bjuro Globus", globus.PrimaryName.Value);
        Assert.Contains(globus.Names, n => n is { Value: "株式会社RKBグローブス", Script: not null });
        Assert.Contains(globus.Names, n => n is { Value: "AO RKB Globus", Script: null, Strength: NameStrength.Strong });
        Assert.Contains(globus.Names, n => n is { Value: "Globus Ryazan Design Bureau JSC" });
    }

    [Fact]
    public void Weak_aliases_come_from_the_column_of_aliases_not_sufficient_to_identify()
    {
        var houthi = Entity("jp-mof:39-1");

        Assert.Contains(houthi.Names, n => n is { Value: "Abu-Yunus", Strength: NameStrength.Weak });
        Assert.Contains(houthi.Names, n => n is { Value: "Abd-al-Khaliq al-Huthi", Strength: NameStrength.Strong });
        // The "(original script：...)" the MOF appends to the English name is a name of its own.
        Assert.Equal("ABD AL-KHALIQ AL-HOUTHI", houthi.PrimaryName.Value);
        Assert.Contains(houthi.Names, n => n is { Value: "عبدالخالق الحوثي", Script: "Arab" });
    }

    [Fact]
    public void Every_date_form_is_read()
    {
        // An Excel date cell.
        Assert.Equal(new PartialDate(1952, 10, 7), Assert.Single(Entity("jp-mof:29-1").DatesOfBirth).From);
        // "1938年".
        Assert.Equal(new PartialDate(1938), Assert.Single(Entity("jp-mof:15-2").DatesOfBirth).From);
        // "1941年8月20日セルビア共和国ポジャレヴァッツ生" in a combined date-and-place column.
        Assert.Equal(new PartialDate(1941, 8, 20), Assert.Single(Entity("jp-mof:1-1").DatesOfBirth).From);
        // "(a)1955年-1958年頃 (b)１945年-1950年頃": ranges, one with a full-width digit.
        Assert.Equal(
            [new DateOfBirth(new PartialDate(1955), new PartialDate(1958), "1955年-1958年頃"), new DateOfBirth(new PartialDate(1945), new PartialDate(1950), "1945年-1950年頃")],
            Entity("jp-mof:2-2").DatesOfBirth);
        // "2001.9.22\n2008.6.25改訂...": listed on the first notice date, not a revision.
        Assert.Equal(new DateOnly(2001, 9, 22), Entity("jp-mof:2-2").ListedOn);
    }

    [Fact]
    public void Marked_entries_keep_the_marks_as_flags()
    {
        // "9(#31)" on the coordinated DPRK entities sheet; "*1" on the UN 1718 entities sheet.
        Assert.Equal(["#"], Entity("jp-mof:16-9").Flags);
        Assert.Equal(["*"], Entity("jp-mof:14-1").Flags);
        Assert.Empty(Entity("jp-mof:15-1").Flags);
        Assert.Contains("告示番号: 9(#31)", Entity("jp-mof:16-9").Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void The_UN_reference_number_ties_an_entry_to_its_UN_record()
    {
        Assert.Equal(["un:HTe.001"], Entity("jp-mof:44-1").RelatedIds);
        Assert.Equal(["un:QDi.057"], Entity("jp-mof:2-284").RelatedIds);
    }

    [Fact]
    public void An_entry_whose_English_name_sits_in_the_alias_column_keeps_it_as_primary()
    {
        var dandong = Entity("jp-mof:16-12");

        Assert.Equal("Dandong Hongxiang Industrial Development Company Limited", dandong.PrimaryName.Value);
        Assert.Contains(dandong.Names, n => n is { Value: "ダンドン・ホンシャン・インダストリアル・デベロップメント・カンパニー・リミテッド", Script: "Kana" });
    }

    [Fact]
    public void Is_recognised_by_content_and_named_jp_mof()
    {
        var unnamed = ListInput.FromBytes("", "upload.bin", RealLists.Bytes(Workbook));

        Assert.Equal(ListFormat.MofExcel, ListReader.Detect(unnamed));
        Assert.Equal("jp-mof", ListSourceInference.Infer(unnamed));
    }

    [Fact]
    public void Other_workbooks_and_lists_are_not_taken_for_the_MOF_list()
    {
        Assert.False(new MofExcelParser().Recognizes(RealLists.File("un", "un", "2026-02-27", "consolidated.xml")));
        Assert.False(new MofExcelParser().Recognizes(RealLists.File("uk-ofsi", "uk", "ofsi_conlist_xlsx_2025-04-10", "ConList.xlsx")));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.98)]
    public void A_truncated_workbook_is_a_typed_error(double fraction)
    {
        var truncated = ListInput.FromBytes("jp-mof", "shisantouketsu.xlsx", RealLists.Truncate(RealLists.Bytes(Workbook), fraction));

        var error = Assert.Throws<ListParseException>(() => new MofExcelParser().Parse(truncated));
        Assert.Equal("shisantouketsu.xlsx", error.FileName);
        Assert.Throws<ListParseException>(() => ListReader.Read(truncated));
    }

    [Fact]
    public void A_sheet_without_its_header_row_is_a_typed_error_naming_the_sheet()
    {
        var bytes = WorkbookEdits.WithPart(RealLists.Bytes(Workbook), FirstProgrammeSheetPart, xml => WorkbookEdits.WithoutRow(xml, 2));

        var error = Assert.Throws<ListParseException>(() => new MofExcelParser().Parse(ListInput.FromBytes("jp-mof", "mof.xlsx", bytes)));
        Assert.Equal("sheet 1.ミロシェビッチ前ユーゴ大統領関係者", error.Element);
        Assert.Contains("header row", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_programme_sheet_is_a_typed_error_naming_the_sheet()
    {
        var bytes = WorkbookEdits.WithPart(RealLists.Bytes(Workbook), FirstProgrammeSheetPart, WorkbookEdits.WithoutRows);

        var error = Assert.Throws<ListParseException>(() => new MofExcelParser().Parse(ListInput.FromBytes("jp-mof", "mof.xlsx", bytes)));
        Assert.Equal("sheet 1.ミロシェビッチ前ユーゴ大統領関係者", error.Element);
        Assert.Contains("empty", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_birth_date_number_outside_Excel_dates_is_a_typed_error_naming_sheet_row_and_column()
    {
        // Yun Ho-jin's birth date cell on sheet 15 (sheet16.xml) holds the serial 16358; a negative number is no date.
        var bytes = WorkbookEdits.WithPart(RealLists.Bytes(Workbook), "xl/worksheets/sheet16.xml", xml => xml.Replace("<v>16358</v>", "<v>-16358</v>", StringComparison.Ordinal));

        var error = Assert.Throws<ListParseException>(() => new MofExcelParser().Parse(ListInput.FromBytes("jp-mof", "mof.xlsx", bytes)));
        Assert.Equal(4, error.Line);
        Assert.Equal("sheet 15.北朝鮮(決議1718号等；個人), column G (生年月日)", error.Element);
    }
}
