using Screening.Domain.Monitoring;
using Screening.Infrastructure.Monitoring;

namespace Screening.Functions.Contracts;

/// <summary>A registered subject as the API shows it.</summary>
public sealed record SubjectView(
    string Id,
    SubjectKind Kind,
    string? Name,
    IReadOnlyList<string> Aliases,
    string? DateOfBirth,
    string? Country,
    IReadOnlyList<SubjectWallet> Wallets,
    string? ClientReference,
    string Status,
    DateTimeOffset RegisteredAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DeregisteredAt,
    string? ScreenedAgainst,
    DateTimeOffset? ScreenedAt)
{
    public static SubjectView From(StoredSubject stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var s = stored.Subject;
        return new SubjectView(s.Id, s.Kind, s.Name, s.Aliases, s.DateOfBirth, s.Country, s.Wallets, s.ClientReference,
            stored.Active ? "active" : "deregistered", stored.RegisteredAt, stored.UpdatedAt, stored.DeregisteredAt, stored.ScreenedAgainst, stored.ScreenedAt);
    }
}

/// <summary>Answer of a registration: the subject, whether it was new, whether it was screened (new or changed) and the alerts that opened.</summary>
public sealed record SubjectRegistrationResponse(SubjectView Subject, bool Created, bool Screened, IReadOnlyList<string> AlertsOpened);

/// <summary>One page of subjects; <see cref="Next"/> is the cursor of the following page.</summary>
public sealed record SubjectsPageResponse(IReadOnlyList<SubjectView> Subjects, string? Next);

/// <summary>Answer of a batch registration: one result per item, in request order.</summary>
public sealed record SubjectBatchResponse(IReadOnlyList<SubjectBatchResult> Results);

/// <summary>One item's answer: created or updated with the alerts it opened, or its problem alone.</summary>
public sealed record SubjectBatchResult(string Id, string? Outcome = null, IReadOnlyList<string>? AlertsOpened = null, ItemProblem? Problem = null);
