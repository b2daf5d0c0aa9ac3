using Screening.Domain.Model;
using Screening.Domain.Sources.CustomCsv;
using Screening.Domain.Sources.EuFsfXml;
using Screening.Domain.Sources.MofExcel;
using Screening.Domain.Sources.OfacCsv;
using Screening.Domain.Sources.OfacEnhancedXml;
using Screening.Domain.Sources.OfacXml;
using Screening.Domain.Sources.UkOfsi;
using Screening.Domain.Sources.UnXml;

namespace Screening.Domain.Sources;

/// <summary>
/// Every list format Screening reads. Adding a format (EU FSF XML, the UK lists) is one folder with
/// an <see cref="IListParser"/> and one line here. Order matters only for detection: the first
/// parser that recognizes the content wins, and the formats' signatures do not overlap.
/// </summary>
public static class ListParsers
{
    public static IReadOnlyList<IListParser> All { get; } =
    [
        // Excel workbooks first: an .xlsx is a zip, and the OFAC CSV parser looks inside zips too.
        new MofExcelParser(),
        new UkOfsiParser(),
        new OfacXmlParser(),
        new OfacEnhancedXmlParser(),
        new UnXmlParser(),
        new EuFsfXmlParser(),
        new OfacCsvParser(),
        new CustomCsvParser(),
    ];

    public static IListParser For(ListFormat format) =>
        All.FirstOrDefault(parser => parser.Format == format)
        ?? throw new ArgumentOutOfRangeException(nameof(format), format, "no parser is registered for this format");
}
