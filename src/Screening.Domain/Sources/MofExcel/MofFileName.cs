using System.Globalization;
using System.Text.RegularExpressions;

namespace Screening.Domain.Sources.MofExcel;

/// <summary>
/// MOF names each workbook after the day it publishes it ("shisantouketsu20260305.xlsx"); the workbook itself
/// states no date, so that name is the publication date when the file keeps it.
/// </summary>
internal static partial class MofFileName
{
    public static DateTimeOffset? PublishedAt(string fileName) =>
        DatedName().Match(Path.GetFileName(fileName)) is { Success: true } match
        && DateTime.TryParseExact(match.Groups["date"].Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day, TimeSpan.Zero)
            : null;

    [GeneratedRegex(@"^shisantouketsu(?<date>\d{8})\.xlsx$", RegexOptions.IgnoreCase)]
    private static partial Regex DatedName();
}
