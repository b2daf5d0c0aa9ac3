using Screening.Domain.Monitoring;
using Screening.Functions.Contracts;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions.Services.Monitoring;

/// <summary>
/// Registers many validated subjects at once, for an import: each is screened, then all are inserted as new rows in
/// transactions of 100 per partition with no read first. Screening comes before the write, so a crash in between
/// leaves a subject unwritten (the retried import screens it again: alert ids are derived, so nothing doubles) rather
/// than written and never screened. The few ids that already had a row are registered one by one as
/// <c>PUT /v1/subjects</c> would (unchanged, updated or re-registered), with the alerts the first screening raised.
/// </summary>
public sealed class SubjectBulkRegistration(SubjectService subjects, SubjectStore store, SubjectAlerting alerting, MonitoringAudit audit, TimeProvider clock)
{
    private const int Concurrency = 8;

    /// <summary>One result per item, in order; <c>Index</c> is the item's place in the file, for the audit trail.</summary>
    public async Task<IReadOnlyList<SubjectRegistrationResponse>> RegisterAsync(ActiveIndexState state, IReadOnlyList<BulkSubject> items, ScreeningCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(items);
        var now = clock.GetUtcNow();
        var versions = state.Lists.ToDictionary(l => l.Source, l => l.Version, StringComparer.Ordinal);
        var screenedAgainst = SubjectService.ScreenedAgainst(state);
        var fresh = items.Select(item =>
        {
            var subject = SubjectService.ToSubject(item.Id, item.Request);
            return new StoredSubject(subject, SubjectFingerprint.Of(subject), Active: true, RegisteredAt: now, UpdatedAt: now, DeregisteredAt: null, screenedAgainst, now);
        }).ToArray();

        var raised = new IReadOnlyList<string>[fresh.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, fresh.Length, options, async (i, token) => raised[i] = await alerting.ScreenAsync(state.Index!, versions, fresh[i], SubjectAlerting.AtRegistration, token));

        var existing = await store.AddNewAsync(fresh, cancellationToken);
        var results = new SubjectRegistrationResponse[fresh.Length];
        await Parallel.ForAsync(0, fresh.Length, options, async (i, token) =>
        {
            if (existing.Contains(fresh[i].Subject.Id))
            {
                results[i] = (await subjects.RegisterScreenedAsync(state, items[i].Id, items[i].Request, call, items[i].Index, token, raised[i])).Value!;
                return;
            }

            audit.Registered(call, items[i].Index, fresh[i], "created", raised[i]);
            results[i] = new SubjectRegistrationResponse(SubjectView.From(fresh[i]), Created: true, Screened: true, raised[i]);
        });
        return results;
    }
}
