using FluentValidation;
using Screening.Domain.Monitoring;
using Screening.Functions.Contracts;
using Screening.Functions.Validation;
using Screening.Functions.Http;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions.Services.Monitoring;

/// <summary>
/// Registers, reads, lists and deregisters monitored subjects. A new or changed subject is screened at once against
/// the active lists; without a fresh index registration is refused (503), since a subject registered but never
/// screened would look monitored and clear when it is neither.
/// </summary>
public sealed class SubjectService(
    SubjectStore subjects,
    SubjectAlerting alerting,
    IActiveIndex activeIndex,
    MonitoringAudit audit,
    IValidator<SubjectRequest> itemValidator,
    TimeProvider clock)
{
    private const int BatchConcurrency = 8;

    public async Task<ServiceOutcome<SubjectRegistrationResponse>> RegisterAsync(string subjectId, SubjectRequest request, ScreeningCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = activeIndex.Current;
        if (ScreeningAvailability.Problem(state) is { } problem)
        {
            return problem;
        }

        return await RegisterScreenedAsync(state, subjectId, request, call, 0, cancellationToken);
    }

    public async Task<ServiceOutcome<SubjectBatchResponse>> RegisterBatchAsync(SubjectBatchRequest request, ScreeningCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = activeIndex.Current;
        if (ScreeningAvailability.Problem(state) is { } problem)
        {
            return problem;
        }

        var items = request.Subjects!;
        var results = new SubjectBatchResult[items.Count];
        await Parallel.ForAsync(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = BatchConcurrency, CancellationToken = cancellationToken }, async (i, token) =>
        {
            var item = items[i];
            var invalid = itemValidator.Validate(item.Fields);
            if (!invalid.IsValid)
            {
                results[i] = new SubjectBatchResult(item.Id!, Problem: ServiceProblem.Invalid(invalid.ToErrors()).ToItemProblem());
                return;
            }

            var registered = (await RegisterScreenedAsync(state, item.Id!, item.Fields, call, i, token)).Value!;
            results[i] = new SubjectBatchResult(item.Id!, registered.Created ? "created" : "updated", registered.AlertsOpened);
        });
        return new SubjectBatchResponse(results);
    }

    public async Task<SubjectView?> GetAsync(string subjectId, CancellationToken cancellationToken) =>
        await subjects.GetAsync(subjectId, cancellationToken) is { } stored ? SubjectView.From(stored) : null;

    /// <summary>Deregisters: the subject is no longer screened, but its row, alerts and history stay. Null when never registered.</summary>
    public async Task<SubjectView?> DeregisterAsync(string subjectId, CancellationToken cancellationToken)
    {
        if (await subjects.GetAsync(subjectId, cancellationToken) is not { } stored)
        {
            return null;
        }

        if (stored.Active)
        {
            var now = clock.GetUtcNow();
            stored = stored with { Active = false, DeregisteredAt = now, UpdatedAt = now };
            await subjects.PutAsync([stored], cancellationToken);
        }

        return SubjectView.From(stored);
    }

    public async Task<SubjectsPageResponse> ListAsync(bool includeDeregistered, int pageSize, PageCursor? after, CancellationToken cancellationToken)
    {
        var page = await subjects.ListAsync(includeDeregistered, pageSize, after, cancellationToken);
        return new SubjectsPageResponse([.. page.Items.Select(SubjectView.From)], page.Next?.Encode());
    }

    /// <summary>Registers one validated subject against an index that can screen; <paramref name="index"/> is its place in a batch or file, for the audit trail.</summary>
    /// <remarks><paramref name="raisedBefore"/>: alerts a screening of the same request raised just before (a bulk import screens before it writes), reported with this registration's own.</remarks>
    public async Task<ServiceOutcome<SubjectRegistrationResponse>> RegisterScreenedAsync(ActiveIndexState state, string subjectId, SubjectRequest request, ScreeningCall call, int index, CancellationToken cancellationToken, IReadOnlyList<string>? raisedBefore = null)
    {
        var subject = ToSubject(subjectId, request);
        var fingerprint = SubjectFingerprint.Of(subject);
        var existing = await subjects.GetAsync(subjectId, cancellationToken);
        var now = clock.GetUtcNow();
        var created = existing is null || !existing.Active;
        // Screen what is new or changed; an identical PUT (a retry) is idempotent and screens nothing again.
        var screen = created || existing!.Fingerprint != fingerprint;
        var versions = state.Lists.ToDictionary(l => l.Source, l => l.Version, StringComparer.Ordinal);
        var stored = new StoredSubject(
            subject,
            fingerprint,
            Active: true,
            RegisteredAt: created ? now : existing!.RegisteredAt,
            UpdatedAt: now,
            DeregisteredAt: null,
            ScreenedAgainst: screen ? ScreenedAgainst(state) : existing!.ScreenedAgainst,
            ScreenedAt: screen ? now : existing!.ScreenedAt);
        // Screened before the row is stored: a screening that fails leaves the old row (or none), so the client's
        // retry screens again instead of finding an "unchanged" subject stamped as screened with no alerts.
        // Alert ids are derived, so a retry after a failed write raises the same alerts, not new ones.
        IReadOnlyList<string> opened = screen ? await alerting.ScreenAsync(state.Index!, versions, stored, SubjectAlerting.AtRegistration, cancellationToken) : [];
        await subjects.PutAsync([stored], cancellationToken);
        opened = [.. opened.Union(raisedBefore ?? [], StringComparer.Ordinal)];
        audit.Registered(call, index, stored, created ? "created" : screen ? "updated" : "unchanged", opened);
        return new SubjectRegistrationResponse(SubjectView.From(stored), created, screen, opened);
    }

    public static string ScreenedAgainst(ActiveIndexState state) => ListsKey.Versions(state);

    public static Subject ToSubject(string subjectId, SubjectRequest request) => new()
    {
        Id = subjectId,
        Kind = Enum.Parse<SubjectKind>(request.Kind!, ignoreCase: true),
        Name = request.Name?.Trim(),
        Aliases = [.. (request.Aliases ?? []).Select(a => a.Trim())],
        DateOfBirth = request.DateOfBirth,
        Country = request.Country?.ToUpperInvariant(),
        Wallets = [.. (request.Wallets ?? []).Select(w => new SubjectWallet(w.Address!.Trim(), w.Chain))],
        ClientReference = request.ClientReference,
    };
}
