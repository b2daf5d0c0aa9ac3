using Screening.Domain.Model;
using Screening.Domain.Sources;
using Screening.Domain.Sources.OfacCsv;

namespace Screening.Domain.Tests.Sources.OfacCsv;

public sealed class OfacCsvParserTests
{
    private static readonly string[] FullSet2021 = ["ofac", "sdn_csv_2021-07-07_full_set"];
    private static readonly string[] Fixtures = ["ofac", "fixtures_excerpts_watchman"];

    private static ParsedList ParseFullSet2021() => new OfacCsvParser().Parse(RealLists.CsvSet("ofac-sdn", FullSet2021));

    [Fact]
    public void Parses_every_entry_of_the_2021_SDN_set()
    {
        var list = ParseFullSet2021();

        Assert.Equal(8976, list.Metadata.ParsedRecordCount);
        Assert.Equal(8976, list.Entities.Count);
        Assert.Equal(4620, list.Entities.Count(e => e.Type == EntityType.Individual));
        Assert.Equal(406, list.Entities.Count(e => e.Type == EntityType.Vessel));
        Assert.Equal(277, list.Entities.Count(e => e.Type == EntityType.Aircraft));
        Assert.Equal(3673, list.Entities.Count(e => e.Type == EntityType.Entity));
        Assert.Equal(ListFormat.OfacCsv, list.Metadata.Format);
        Assert.Null(list.Metadata.DeclaredRecordCount);
        Assert.Matches("^[0-9a-f]{64}$", list.Metadata.ContentHash);
    }

    [Fact]
    public void Finds_97_wallet_addresses_on_15_entries_once_remarks_and_comments_are_joined()
    {
        var list = ParseFullSet2021();

        var holders = list.Entities.Where(e => e.DigitalCurrencyAddresses.Count > 0).ToList();
        Assert.Equal(97, holders.Sum(e => e.DigitalCurrencyAddresses.Count));
        Assert.Equal(15, holders.Count);
        var byAsset = holders.SelectMany(e => e.DigitalCurrencyAddresses).GroupBy(a => a.Asset).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(65, byAsset["XBT"]);
        Assert.Equal(10, byAsset["ETH"]);
        Assert.Equal(9, byAsset["LTC"]);
    }

    [Fact]
    public void Joins_every_address_and_alias_row_to_its_entry()
    {
        var list = ParseFullSet2021();

        Assert.Equal(11910, list.Entities.Sum(e => e.Names.Count(n => !n.IsPrimary && n.Strength == NameStrength.Strong)));
        // 13,837 ADD rows, of which 2,397 are all "-0-" placeholders.
        Assert.Equal(11440, list.Entities.Sum(e => e.Addresses.Count));
        var cuba = list.Entities.Single(e => e.Id == "ofac-sdn:306");
        Assert.Equal("BANCO NACIONAL DE CUBA", cuba.PrimaryName.Value);
        Assert.Contains(cuba.Names, n => n.Value == "NATIONAL BANK OF CUBA" && n.Strength == NameStrength.Strong);
        Assert.Contains(cuba.Names, n => n.Value == "BNC" && n.Strength == NameStrength.Weak);
        Assert.Contains(cuba.Addresses, a => a.Street == "Zweierstrasse 35" && a.City == "Zurich CH-8022" && a.Country == "Switzerland");
        Assert.Equal(["CUBA"], cuba.Programs);
    }

    [Fact]
    public void Parses_the_2024_SDN_primary_file_alone()
    {
        var list = new OfacCsvParser().Parse(RealLists.File("ofac-sdn", "ofac", "sdn_csv_2024-05-03", "sdn.csv"));

        Assert.Equal(14965, list.Entities.Count);
        Assert.Equal(6854, list.Entities.Count(e => e.Type == EntityType.Individual));
        Assert.Equal(851, list.Entities.Count(e => e.Type == EntityType.Vessel));
        Assert.Equal(376, list.Entities.Count(e => e.Type == EntityType.Aircraft));
        Assert.Equal(6884, list.Entities.Count(e => e.Type == EntityType.Entity));
        var holders = list.Entities.Where(e => e.DigitalCurrencyAddresses.Count > 0).ToList();
        Assert.True(holders.Sum(e => e.DigitalCurrencyAddresses.Count) >= 294);
        Assert.True(holders.Count >= 55);
    }

    [Fact]
    public void Parses_the_consolidated_CSV_set()
    {
        var list = new OfacCsvParser().Parse(RealLists.CsvSet("ofac-cons", "ofac", "cons_csv_2025-12-19"));

        Assert.Equal(442, list.Entities.Count);
        Assert.Equal(79, list.Entities.Count(e => e.Type == EntityType.Individual));
        Assert.Equal(363, list.Entities.Count(e => e.Type == EntityType.Entity));
        Assert.DoesNotContain(list.Entities, e => e.DigitalCurrencyAddresses.Count > 0);
        Assert.All(list.Entities, e => Assert.StartsWith("ofac-cons:", e.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_SUEX_wallets_that_only_exist_in_the_comments_continuation()
    {
        var list = ParseFixtures();

        var suex = list.Entities.Single(e => e.Id == "ofac-sdn:33151");
        Assert.Equal("SUEX OTC, S.R.O.", suex.PrimaryName.Value);
        Assert.Equal(EntityType.Entity, suex.Type);
        Assert.Equal(["CYBER2"], suex.Programs);
        Assert.Contains(new DigitalCurrencyAddress("ETH", "0x2f389ce8bd8ff92de3402ffce4691d17fc4f6535"), suex.DigitalCurrencyAddresses);
        Assert.Contains(new DigitalCurrencyAddress("USDT", "16iWn2J1McqjToYLHSsAyS6En3QA8YQ91H"), suex.DigitalCurrencyAddresses);
        Assert.Equal(4, suex.DigitalCurrencyAddresses.Count(a => a.Asset == "ETH"));
        Assert.Equal(7, suex.DigitalCurrencyAddresses.Count(a => a.Asset == "USDT"));
        Assert.Contains(suex.Names, n => n.Value == "SUCCESSFUL EXCHANGE" && n.Strength == NameStrength.Weak);
        Assert.Contains(suex.Documents, d => d.Type == "Company Number" && d.Number == "07486049" && d.Country == "Czech Republic");
        Assert.EndsWith("a.k.a. 'SUCCESSFUL EXCHANGE'.", suex.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void The_XBT_address_split_by_the_1000_character_cut_is_read_whole()
    {
        var suex = ParseFixtures().Entities.Single(e => e.Id == "ofac-sdn:33151");

        Assert.Contains(suex.DigitalCurrencyAddresses, a => a.Asset == "XBT" && a.Value == "1B64QRxfaa35MVkf7sDjuGUYAP5izQt7Qi");
        Assert.DoesNotContain(suex.DigitalCurrencyAddresses, a => a.Value == "1B64QRxf");
    }

    [Fact]
    public void Parses_the_fixture_excerpts_when_dangling_references_are_tolerated()
    {
        var list = ParseFixtures();

        Assert.Equal(17, list.Entities.Count);
        Assert.Equal(4, list.Entities.Count(e => e.Type == EntityType.Individual));
        Assert.Equal(4, list.Entities.Count(e => e.Type == EntityType.Vessel));
        Assert.Equal(2, list.Entities.Count(e => e.Type == EntityType.Aircraft));
        Assert.Equal(7, list.Entities.Count(e => e.Type == EntityType.Entity));
        // 21 in sdn.csv Remarks plus the 11 (ETH, USDT) that only SUEX's comments continuation holds.
        Assert.Equal(32, list.Entities.Sum(e => e.DigitalCurrencyAddresses.Count));
        Assert.Equal(3, list.Entities.Count(e => e.DigitalCurrencyAddresses.Count > 0));
    }

    [Fact]
    public void Reads_date_and_place_of_birth_documents_and_names_from_remarks()
    {
        var logan = ParseFixtures().Entities.Single(e => e.Id == "ofac-sdn:10278");

        Assert.Equal(EntityType.Individual, logan.Type);
        Assert.Equal(new NameParts("Elvis Angus", null, "LOGAN MOREY"), logan.PrimaryName.Parts);
        Assert.Equal([new DateOfBirth(new PartialDate(1963, 7, 28), null, "28 Jul 1963")], logan.DatesOfBirth);
        Assert.Equal(["Toledo District, Belize"], logan.PlacesOfBirth);
        Assert.Contains(new IdentityDocument("Passport", "P0017003", "Belize"), logan.Documents);
        Assert.Contains(new IdentityDocument("SSN", "561-77-9011", "United States"), logan.Documents);
        Assert.Contains(logan.Names, n => n.Value == "BURTON BURGESS" && n.Strength == NameStrength.Weak);
        Assert.Equal(["SDNT"], logan.Programs);
    }

    [Fact]
    public void Reads_programs_nationality_and_links()
    {
        var list = ParseFixtures();

        var lifshits = list.Entities.Single(e => e.Id == "ofac-sdn:29702");
        Assert.Equal(["CYBER2", "ELECTION-EO13848"], lifshits.Programs);
        Assert.Equal(["Russia"], lifshits.Nationalities);
        Assert.Contains(new IdentityDocument("Passport", "719032284"), lifshits.Documents);
        var moreno = list.Entities.Single(e => e.Id == "ofac-sdn:15102");
        Assert.Equal(["D'S SUPERMARKET COMPANY LTD."], moreno.LinkedTo);
        var hesa = list.Entities.Single(e => e.Id == "ofac-sdn:11195");
        Assert.Equal(["NPWMD", "IFSR", "IRAN-CON-ARMS-EO"], hesa.Programs);
        Assert.Equal(["MINISTRY OF DEFENSE AND ARMED FORCES LOGISTICS", "ISLAMIC REVOLUTIONARY GUARD CORPS"], hesa.LinkedTo);
    }

    [Fact]
    public void Reads_vessel_particulars_from_the_primary_columns()
    {
        var vessels = ParseFixtures().Entities.Where(e => e.Type == EntityType.Vessel).ToList();

        Assert.Equal(4, vessels.Count);
        Assert.Contains(vessels, v => v.Vessel is { VesselType: not null, Flag: not null });
    }

    [Fact]
    public void The_fixture_excerpts_fail_by_default_because_they_are_not_referentially_closed()
    {
        var error = Assert.Throws<ListParseException>(() => new OfacCsvParser().Parse(RealLists.CsvSet("ofac-sdn", Fixtures)));

        Assert.NotNull(error.Line);
        Assert.Contains("not in sdn.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comments_row_for_an_unknown_entry_fails_the_full_set()
    {
        var input = RealLists.WithFile(RealLists.CsvSet("ofac-sdn", FullSet2021), "sdn_comments.csv",
            bytes => RealLists.Append(bytes, "\r\n99999999,\"Digital Currency Address - XBT 1BoatSLRHtKNngkdXEeobR76b53LETtpyT.\"\r\n"));

        var error = Assert.Throws<ListParseException>(() => new OfacCsvParser().Parse(input));

        Assert.Equal("sdn_comments.csv", error.FileName);
        Assert.Equal(7, error.Line);
        Assert.Contains("99999999", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_primary_file_fails_with_the_line()
    {
        var input = RealLists.WithFile(RealLists.CsvSet("ofac-sdn", FullSet2021), "sdn.csv", bytes => RealLists.Truncate(bytes, 0.5));

        var error = Assert.Throws<ListParseException>(() => new OfacCsvParser().Parse(input));

        Assert.Equal("sdn.csv", error.FileName);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Broken_quoting_fails_with_the_file_and_line()
    {
        var input = RealLists.WithFile(RealLists.CsvSet("ofac-sdn", FullSet2021), "sdn.csv",
            bytes => RealLists.ReplaceFirst(bytes, "\"ANGLO-CARIBBEAN CO., LTD.\"", "\"ANGLO-CARIBBEAN \"CO., LTD.\""));

        var error = Assert.Throws<ListParseException>(() => new OfacCsvParser().Parse(input));

        Assert.Equal("sdn.csv", error.FileName);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void An_unknown_entry_type_fails_with_the_line()
    {
        var input = RealLists.WithFile(RealLists.CsvSet("ofac-sdn", FullSet2021), "sdn.csv",
            bytes => RealLists.ReplaceFirst(bytes, "\"individual\"", "\"spaceship\""));

        var error = Assert.Throws<ListParseException>(() => new OfacCsvParser().Parse(input));

        Assert.Contains("spaceship", error.Reason, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void A_file_that_is_not_an_OFAC_CSV_is_refused()
    {
        var input = ListInput.FromBytes("ofac-sdn", "sdn.csv", "id,type,name\r\nx,individual,Y\r\n"u8.ToArray());

        Assert.False(new OfacCsvParser().Recognizes(input));
        Assert.Throws<ListParseException>(() => new OfacCsvParser().Parse(input));
    }

    [Fact]
    public void The_content_hash_changes_with_any_file_of_the_set()
    {
        var original = ParseFullSet2021().Metadata.ContentHash;
        var changed = new OfacCsvParser().Parse(RealLists.WithFile(RealLists.CsvSet("ofac-sdn", FullSet2021), "alt.csv",
            bytes => RealLists.ReplaceFirst(bytes, "AERO-CARIBBEAN", "AERO-CARIBBEAM"))).Metadata.ContentHash;

        Assert.NotEqual(original, changed);
        Assert.Equal(original, ParseFullSet2021().Metadata.ContentHash);
    }

    [Fact]
    public void The_primary_file_alone_hashes_to_its_SHA256()
    {
        var bytes = RealLists.Bytes("ofac", "sdn_csv_2024-05-03", "sdn.csv");
        var list = new OfacCsvParser().Parse(ListInput.FromBytes("ofac-sdn", "sdn.csv", bytes));

        // A file set hashes the concatenated per-file digests; a set of one file hashes its one digest.
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Security.Cryptography.SHA256.HashData(bytes)));
        Assert.Equal(expected, list.Metadata.ContentHash);
    }

    private static ParsedList ParseFixtures() =>
        new OfacCsvParser(new OfacCsvOptions(TolerateUnknownEntityReferences: true)).Parse(RealLists.CsvSet("ofac-sdn", Fixtures));
}
