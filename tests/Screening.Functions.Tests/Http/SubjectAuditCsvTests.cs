using Screening.Domain.Monitoring;
using Screening.Functions.Contracts;
using Screening.Functions.Http;

namespace Screening.Functions.Tests.Http;

public sealed class SubjectAuditCsvTests
{
    private static readonly SubjectView Subject = new("cust-1", SubjectKind.Company, "Acme, Ltd", [], null, null, [], null, "active",
        DateTimeOffset.Parse("2026-11-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse("2026-11-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), null, null, null);

    [Fact]
    public void Each_event_is_a_row_under_the_header_with_quotes_where_a_cell_needs_them()
    {
        var at = DateTimeOffset.Parse("2026-11-02T08:30:00.250Z", System.Globalization.CultureInfo.InvariantCulture);
        var csv = SubjectAuditCsv.Write(new SubjectAuditResponse(Subject,
        [
            new SubjectAuditEvent(at, "alert_raised", "monitoring", "al-1", "ofac-sdn:1", "ACME, \"THE\" TRADING", "ofac-sdn", "v-1", "open", 0.91234, "raised at registration"),
            new SubjectAuditEvent(at.AddHours(1), "alert_decision", "rob.reviewer", "al-1", "ofac-sdn:1", null, "ofac-sdn", "v-1", "false_positive", null, "line one\nline two"),
        ]));

        Assert.Equal(
            "at,subjectId,event,by,alertId,entityId,entityName,source,listVersion,status,score,reason\r\n" +
            "2026-11-02T08:30:00.250Z,cust-1,alert_raised,monitoring,al-1,ofac-sdn:1,\"ACME, \"\"THE\"\" TRADING\",ofac-sdn,v-1,open,0.912,raised at registration\r\n" +
            "2026-11-02T09:30:00.250Z,cust-1,alert_decision,rob.reviewer,al-1,ofac-sdn:1,,ofac-sdn,v-1,false_positive,,\"line one\nline two\"\r\n",
            csv);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    public void A_reason_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string reason, string cell)
    {
        var csv = SubjectAuditCsv.Write(new SubjectAuditResponse(Subject,
            [new SubjectAuditEvent(Subject.RegisteredAt, "alert_decision", "r", null, null, null, null, null, null, null, reason)]));
        Assert.EndsWith("," + cell + "\r\n", csv, StringComparison.Ordinal);
    }
}
