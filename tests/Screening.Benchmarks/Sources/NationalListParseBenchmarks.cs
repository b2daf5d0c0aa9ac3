using BenchmarkDotNet.Attributes;
using Screening.Domain.Model;
using Screening.Domain.Sources;
using Screening.Domain.Sources.EuFsfXml;
using Screening.Domain.Sources.MofExcel;
using Screening.Domain.Sources.UkOfsi;

namespace Screening.Benchmarks.Sources;

/// <summary>
/// Parse time and allocations of the Japanese, EU and UK lists (tests/data), held in memory like
/// <see cref="ParseBenchmarks"/>. The Excel forms include inflating the workbook's zip entries.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
public class NationalListParseBenchmarks
{
    private ListInput _mofWorkbook = null!;
    private ListInput _euFsfExcerpt = null!;
    private ListInput _ofsiExcel2025 = null!;
    private ListInput _ofsiCsv2018 = null!;

    [GlobalSetup]
    public void LoadFiles()
    {
        _mofWorkbook = new ListInput("jp-mof", [InMemory("shisantouketsu20260305.xlsx", "jp", "mof_2026-03-02", "shisantouketsu20260305.xlsx")]);
        _euFsfExcerpt = new ListInput("eu-fsf", [InMemory("sample_eu_fsf.xml", "eu", "fsf_xml_2026-08-05_excerpt", "sample_eu_fsf.xml")]);
        _ofsiExcel2025 = new ListInput("uk-ofsi", [InMemory("ConList.xlsx", "uk", "ofsi_conlist_xlsx_2025-04-10", "ConList.xlsx")]);
        _ofsiCsv2018 = new ListInput("uk-ofsi", [InMemory("ConList.csv", "uk", "ofsi_conlist_csv_2018-04-13", "ConList.csv")]);
    }

    [Benchmark(Description = "MOF Excel workbook (1.04 MB, 45 sheets)")]
    public ParsedList MofExcel() => new MofExcelParser().Parse(_mofWorkbook);

    [Benchmark(Description = "ListReader detect + parse MOF workbook (1.04 MB)")]
    public ParsedList DetectAndReadMof() => ListReader.Read(_mofWorkbook);

    [Benchmark(Description = "EU FSF XML excerpt (0.04 MB, 5 entities)")]
    public ParsedList EuFsfXml() => new EuFsfXmlParser().Parse(_euFsfExcerpt);

    [Benchmark(Description = "UK OFSI Excel 2025 (2.21 MB)")]
    public ParsedList OfsiExcel() => new UkOfsiParser().Parse(_ofsiExcel2025);

    [Benchmark(Description = "ListReader detect + parse OFSI workbook (2.21 MB)")]
    public ParsedList DetectAndReadOfsi() => ListReader.Read(_ofsiExcel2025);

    [Benchmark(Description = "UK OFSI CSV 2018 (3.65 MB)")]
    public ParsedList OfsiCsv() => new UkOfsiParser().Parse(_ofsiCsv2018);

    private static ListFile InMemory(string name, params string[] parts)
    {
        var bytes = File.ReadAllBytes(TestData.Path(parts));
        return new ListFile(name, () => new MemoryStream(bytes, writable: false));
    }
}
