using BenchmarkDotNet.Attributes;
using Screening.Domain.Model;
using Screening.Domain.Sources;
using Screening.Domain.Sources.OfacCsv;
using Screening.Domain.Sources.OfacEnhancedXml;
using Screening.Domain.Sources.OfacXml;
using Screening.Domain.Sources.UnXml;

namespace Screening.Benchmarks.Sources;

/// <summary>
/// Parse time and allocations per format on the real published files (tests/data), held in
/// memory so the figures measure parsing, not the disk. Throughput = input bytes / mean time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
public class ParseBenchmarks
{
    private ListInput _sdnCsvSet2021 = null!;
    private ListInput _sdnCsv2024 = null!;
    private ListInput _consolidatedXml = null!;
    private ListInput _consEnhancedXml = null!;
    private ListInput _irgcEnhancedXml = null!;
    private ListInput _unXml = null!;

    [GlobalSetup]
    public void LoadFiles()
    {
        _sdnCsvSet2021 = new ListInput("ofac-sdn",
            [.. new[] { "sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv" }.Select(name => InMemory(name, "ofac", "sdn_csv_2021-07-07_full_set", name))]);
        _sdnCsv2024 = new ListInput("ofac-sdn", [InMemory("sdn.csv", "ofac", "sdn_csv_2024-05-03", "sdn.csv")]);
        _consolidatedXml = new ListInput("ofac-cons", [InMemory("consolidated.xml", "ofac", "consolidated_xml_2024-05-06", "consolidated.xml")]);
        _consEnhancedXml = new ListInput("ofac-cons", [InMemory("CONS_ENHANCED.XML", "ofac", "cons_enhanced_xml_2025-01-10", "CONS_ENHANCED.XML")]);
        _irgcEnhancedXml = new ListInput("ofac-sdn", [InMemory("IRGC_sanctions.xml", "ofac", "enhanced_xml_program_extracts", "IRGC_sanctions.xml")]);
        _unXml = new ListInput("un", [InMemory("consolidated.xml", "un", "2026-02-27", "consolidated.xml")]);
    }

    [Benchmark(Description = "OFAC CSV set 2021 (sdn+add+alt+comments, 3.50 MB)")]
    public ParsedList OfacCsvSet2021() => new OfacCsvParser().Parse(_sdnCsvSet2021);

    [Benchmark(Description = "OFAC sdn.csv 2024 (3.91 MB)")]
    public ParsedList OfacCsv2024() => new OfacCsvParser().Parse(_sdnCsv2024);

    [Benchmark(Description = "OFAC legacy XML consolidated (0.95 MB)")]
    public ParsedList OfacLegacyXml() => new OfacXmlParser().Parse(_consolidatedXml);

    [Benchmark(Description = "OFAC Enhanced XML CONS (3.42 MB)")]
    public ParsedList OfacEnhancedXmlCons() => new OfacEnhancedXmlParser().Parse(_consEnhancedXml);

    [Benchmark(Description = "OFAC Enhanced XML IRGC (2.00 MB)")]
    public ParsedList OfacEnhancedXmlIrgc() => new OfacEnhancedXmlParser().Parse(_irgcEnhancedXml);

    [Benchmark(Description = "UN consolidated XML (2.03 MB)")]
    public ParsedList UnXml() => new UnXmlParser().Parse(_unXml);

    [Benchmark(Description = "ListReader detect + parse UN XML (2.03 MB)")]
    public ParsedList DetectAndReadUn() => ListReader.Read(_unXml);

    private static ListFile InMemory(string name, params string[] parts)
    {
        var bytes = File.ReadAllBytes(TestData.Path(parts));
        return new ListFile(name, () => new MemoryStream(bytes, writable: false));
    }
}
