using System.Globalization;
using System.Text;
using Screening.Functions.Contracts;

namespace Screening.Functions.Http;

/// <summary>A subject's audit as CSV (RFC 4180), one row per event, for auditors who work in spreadsheets.</summary>
public static class SubjectAuditCsv
{
    public const string ContentType = "text/csv";

    public static IReadOnlyList<string> Columns { get; } =
        ["at", "subjectId", "event", "by", "alertId", "entityId", "entityName", "source", "listVersion", "status", "score", "reason"];

    public static string Write(SubjectAuditResponse audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var csv = new StringBuilder();
        AppendRow(csv, Columns);
        foreach (var e in audit.Events)
        {
            AppendRow(csv, [
                e.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture), audit.Subject.Id, e.Event, e.By, e.AlertId, e.EntityId,
                e.EntityName, e.Source, e.ListVersion, e.Status, e.Score?.ToString("0.###", CultureInfo.InvariantCulture), e.Reason]);
        }

        return csv.ToString();
    }

    private static void AppendRow(StringBuilder csv, IEnumerable<string?> cells)
    {
        csv.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
    }

    private static string Quote(string? value)
    {
        var text = value ?? string.Empty;
        // A leading =, +, - or @ would make a spreadsheet run the cell as a formula (a reason is free text).
        if (text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny("\",\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
