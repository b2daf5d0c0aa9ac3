using Screening.Domain.Monitoring;

namespace Screening.Infrastructure.Monitoring;

/// <summary>
/// A registered subject with its bookkeeping: when it was registered, changed, deregistered and last screened.
/// <see cref="WrittenAt"/> is when its row was last written, by storage's clock (null until stored).
/// </summary>
public sealed record StoredSubject(
    Subject Subject,
    string Fingerprint,
    bool Active,
    DateTimeOffset RegisteredAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DeregisteredAt,
    string? ScreenedAgainst,
    DateTimeOffset? ScreenedAt,
    DateTimeOffset? WrittenAt = null);
