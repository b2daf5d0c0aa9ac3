using System.Text.Json;
using Screening.Domain.Addresses;
using Screening.Domain.Model;
using Screening.Domain.Names;
using Screening.Domain.Screening;
using Screening.Functions.Contracts;
using Screening.Functions.Http;
using Screening.Functions.Validation;
using Screening.Infrastructure.Audit;

namespace Screening.Functions.Services;

/// <summary>
/// Screens addresses and names against the active index and records every answer in the audit trail.
/// It refuses (503) rather than answers when there is no fresh list or the audit record cannot be queued:
/// a screening that is not recorded, or that ran against nothing, must never look like a clear.
/// </summary>
public sealed class ScreeningService(IActiveIndex activeIndex, AuditBuffer audit, TimeProvider clock)
{
    private const int AuditedMatches = 5;
    private static readonly BatchItemValidator ItemValidator = new();

    public ServiceOutcome<ScreeningResponse> ScreenAddress(ScreenAddressRequest request, ScreeningCall call)
    {
        ArgumentNullException.ThrowIfNull(request);
        // One read of the active index per request: availability, index and cited versions must agree.
        var state = activeIndex.Current;
        if (Unavailable(state) is { } problem)
        {
            return problem;
        }

        var screenedAt = clock.GetUtcNow();
        var item = ScreenAddressItem(state, request.Address!, request.Chain, 0, null, call, screenedAt);
        if (item.Problem is { } rejected)
        {
            return rejected;
        }

        return Record(call, [item.Audit!]) ?? (ServiceOutcome<ScreeningResponse>)item.Response!;
    }

    public ServiceOutcome<ScreeningResponse> ScreenName(ScreenNameRequest request, ScreeningCall call)
    {
        ArgumentNullException.ThrowIfNull(request);
        // One read of the active index per request: availability, index and cited versions must agree.
        var state = activeIndex.Current;
        if (Unavailable(state) is { } problem)
        {
            return problem;
        }

        var item = ScreenNameItem(state, ToQuery(request.Name!, request.Type, request.DateOfBirth, request.Country, request.Threshold, request.Limit, request.IncludeBelowThreshold), 0, null, call, clock.GetUtcNow());
        if (item.Problem is { } rejected)
        {
            return rejected;
        }

        return Record(call, [item.Audit!]) ?? (ServiceOutcome<ScreeningResponse>)item.Response!;
    }

    public ServiceOutcome<ScreenBatchResponse> ScreenBatch(ScreenBatchRequest request, ScreeningCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // One read of the active index per request: availability, index and cited versions must agree.
        var state = activeIndex.Current;
        if (Unavailable(state) is { } problem)
        {
            return problem;
        }

        var screenedAt = clock.GetUtcNow();
        var items = request.Items!;
        var outcomes = new ItemOutcome[items.Count];
        Parallel.For(0, items.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var item = items[i];
            var invalid = ItemValidator.Validate(item);
            outcomes[i] = !invalid.IsValid
                ? new ItemOutcome(null, null, ServiceProblem.Invalid(invalid.ToErrors()))
                : item.Address is not null
                    ? ScreenAddressItem(state, item.Address, item.Chain, i, item.Id, call, screenedAt)
                    : ScreenNameItem(state, ToQuery(item.Name!, item.Type, item.DateOfBirth, item.Country, item.Threshold, item.Limit, item.IncludeBelowThreshold), i, item.Id, call, screenedAt);
        });

        // An item that cannot be screened is answered in its own result, so it never holds back the others;
        // only the items actually screened are audited.
        var results = outcomes.Select((o, i) => o.Problem is { } problem
            ? BatchResult.Failed(items[i].Id!, problem.ToItemProblem())
            : BatchResult.Screened(items[i].Id!, o.Response!)).ToList();
        return Record(call, [.. outcomes.Where(o => o.Audit is not null).Select(o => o.Audit!)])
            ?? (ServiceOutcome<ScreenBatchResponse>)new ScreenBatchResponse(results, state.Lists, call.RequestId, screenedAt);
    }

    private static ServiceProblem? Unavailable(ActiveIndexState state) => ScreeningAvailability.Problem(state);

    private ServiceProblem? Record(ScreeningCall call, IReadOnlyCollection<AuditRecord> records) =>
        audit.TryEnqueue(records)
            ? null
            : ServiceProblem.Unavailable(ProblemCodes.AuditUnavailable, "The audit trail is not keeping up, so screening is paused rather than left unrecorded; retry shortly.");

    private static ItemOutcome ScreenAddressItem(ActiveIndexState state, string address, string? chain, int index, string? itemId, ScreeningCall call, DateTimeOffset screenedAt)
    {
        var screening = state.Index!.ScreenAddress(address.Trim(), chain);
        if (screening.Rejection is { } rejection)
        {
            return new ItemOutcome(null, null, ServiceProblem.BadRequest(rejection.Code, rejection.Code == AddressErrorCodes.ChainMismatch || rejection.Code == AddressErrorCodes.ChainUnknown ? "chain" : "address", rejection.Reason));
        }

        var recognized = (RecognizedAddress)screening.Recognition;
        var matches = screening.Matches
            .Select(m => new MatchView(m.Entity.Id, m.Entity.PrimaryName.Value, m.Entity.Type, m.Entity.Source, m.Entity.Programs, 1.0, MatchedOn.Address, m.Hit.ListedValue, ExplanationViews.ForAddress(m, recognized, chain)))
            .ToList();
        var response = new ScreeningResponse
        {
            Result = screening.Result,
            Matches = matches,
            Lists = state.Lists,
            RequestId = call.RequestId,
            ScreenedAt = screenedAt,
            Address = new AddressView(address, recognized.Family.Id, recognized.Kind, recognized.NormalizedKey, recognized.DisplayForm, recognized.ChainCandidates),
        };
        return new ItemOutcome(response, AuditOf(call, index, itemId, "address", address, $"{recognized.Family.Id}:{recognized.NormalizedKey}", state, response), null);
    }

    private static ItemOutcome ScreenNameItem(ActiveIndexState state, NameQuery query, int index, string? itemId, ScreeningCall call, DateTimeOffset screenedAt)
    {
        NameScreening screening;
        try
        {
            screening = state.Index!.ScreenName(query);
        }
        catch (InvalidNameQueryException exception)
        {
            return new ItemOutcome(null, null, ServiceProblem.BadRequest(ProblemCodes.ValidationFailed, "name", exception.Message));
        }

        var matches = screening.Matches
            .Select(m => new MatchView(m.Entity.Id, m.Entity.PrimaryName.Value, m.Entity.Type, m.Entity.Source, m.Entity.Programs, Math.Round(m.Score, 4), MatchedOn.Name, m.MatchedName.Value, ExplanationViews.ForName(m)))
            .ToList();
        var response = new ScreeningResponse
        {
            Result = screening.Result,
            Matches = matches,
            Lists = state.Lists,
            RequestId = call.RequestId,
            ScreenedAt = screenedAt,
            Thresholds = new ThresholdsView(screening.MatchThreshold, screening.ReviewThreshold),
        };
        return new ItemOutcome(response, AuditOf(call, index, itemId, "name", query.Name, query.Name.Trim().ToUpperInvariant(), state, response), null);
    }

    private static NameQuery ToQuery(string name, string? type, string? dateOfBirth, string? country, double? threshold, int? limit, bool? includeBelowThreshold)
    {
        PartialDate? dob = dateOfBirth is not null && FieldRules.TryParseDate(dateOfBirth, out var d) ? new PartialDate(d.Year, d.Month, d.Day) : null;
        EntityType? entityType = type switch
        {
            null or "any" => null,
            "individual" => EntityType.Individual,
            "entity" => EntityType.Entity,
            "vessel" => EntityType.Vessel,
            "aircraft" => EntityType.Aircraft,
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "validated before screening"),
        };
        return new NameQuery(name.Trim(), entityType, dob, country?.ToUpperInvariant(), threshold, limit ?? 10, includeBelowThreshold ?? false);
    }

    private static AuditRecord AuditOf(ScreeningCall call, int index, string? itemId, string kind, string input, string normalized, ActiveIndexState state, ScreeningResponse response) => new(
        call.RequestId,
        index,
        itemId,
        response.ScreenedAt,
        call.Caller,
        kind,
        input,
        normalized,
        string.Join(";", state.Lists.Select(l => $"{l.Source}@{l.Version}")),
        ScreeningIndex.EngineVersion,
        JsonNamingPolicy.SnakeCaseLower.ConvertName(response.Result.ToString()),
        [.. response.Matches.Take(AuditedMatches).Select(m => new AuditedMatch(m.EntityId, m.Name, m.Score, m.MatchedOn.ToString().ToLowerInvariant(), m.MatchedValue))]);

    private sealed record ItemOutcome(ScreeningResponse? Response, AuditRecord? Audit, ServiceProblem? Problem);
}
