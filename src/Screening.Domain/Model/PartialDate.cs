using System.Globalization;

namespace Screening.Domain.Model;

/// <summary>A date as precise as the source gives it: a year, a year and month, or a full date.</summary>
public sealed record PartialDate(int Year, int? Month = null, int? Day = null)
{
    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        (int m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        (int m, int d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
    };
}
