using Screening.Domain.Monitoring;

namespace Screening.Infrastructure.Monitoring;

/// <summary>A registered subject with its bookkeeping: when it was registered, changed, deregistered and last screened.</summary>
public sealed record StoredSubject(
    Subject Subject,
    string Fingerprint,
    bool Active,
    DateTimeOffset RegisteredAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DeregisteredAt,
    string? ScreenedAgainst,
    DateTimeOffset? ScreenedAt);
