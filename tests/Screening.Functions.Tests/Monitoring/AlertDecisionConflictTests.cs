using Azure;
using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Screening.Domain.Monitoring;
using Screening.Functions.Contracts;
using Screening.Functions.Http;
using Screening.Functions.Services.Monitoring;
using Screening.Infrastructure.Monitoring;
using Screening.Testing;

namespace Screening.Functions.Tests.Monitoring;

/// <summary>A decision on an alert that others keep changing is a 409 the reviewer can retry, not a 500.</summary>
public sealed class AlertDecisionConflictTests(MonitoringFixture monitoring) : IClassFixture<MonitoringFixture>
{
    [Fact]
    public async Task A_decision_that_keeps_losing_to_other_writers_answers_409_alert_conflict_and_records_nothing()
    {
        var registered = (await monitoring.Subjects.RegisterAsync($"conflict-{Guid.NewGuid():n}", new SubjectRequest("company", "Lazarus Group"), Calls.Test, default)).Value!;
        var alertId = Assert.Single(registered.AlertsOpened);
        var otherWriter = new TableServiceClient(monitoring.ConnectionString).GetTableClient(MonitoringTables.Alerts);
        var conflicted = new AlertStore(TableRequestHook.Client(monitoring.ConnectionString, async message =>
        {
            if (message.Request.Method == RequestMethod.Put && message.Request.Headers.TryGetValue("If-Match", out var etag) && etag != "*"
                && message.Request.Uri.Path.Contains(alertId, StringComparison.Ordinal))
            {
                await otherWriter.UpdateEntityAsync(new TableEntity(alertId.Substring(3, 2), alertId) { ["Touched"] = Guid.NewGuid().ToString() }, ETag.All, TableUpdateMode.Merge);
            }
        }));
        var service = new AlertService(conflicted, new MonitoringAudit(monitoring.Audit, NullLogger<MonitoringAudit>.Instance), TimeProvider.System);

        var outcome = await service.DecideAsync(alertId, AlertStatus.TrueMatch, "confirmed", Calls.Test, default);

        Assert.Null(outcome.Value);
        Assert.Equal((409, ProblemCodes.AlertConflict), (outcome.Problem!.Status, outcome.Problem.Code));
        Assert.Contains("retry", outcome.Problem.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(AlertStatus.Open, (await monitoring.Alerts.GetAsync(alertId, default))!.Status);
    }

    [Fact]
    public async Task A_decision_on_an_unknown_alert_answers_404_alert_not_found()
    {
        var outcome = await monitoring.Alerts.DecideAsync("al-00000000000000000000000000000000", AlertStatus.TrueMatch, "confirmed", Calls.Test, default);

        Assert.Equal((404, ProblemCodes.AlertNotFound), (outcome.Problem!.Status, outcome.Problem.Code));
    }
}
