namespace Screening.Infrastructure.Monitoring;

/// <summary>
/// The re-screen the monitoring is on: its key, the key of the lists it screens against (<see cref="ListsKey"/>: a
/// fingerprint of the versions, engine and thresholds; an admin request plans the same lists again under a new key),
/// the versions in words, why, and whether all its partition messages were enqueued. A plan left with
/// <see cref="Enqueued"/> false was interrupted between claiming and enqueueing, and is enqueued again.
/// <see cref="Everyone"/>: every subject against every entity (an admin request, or a plan replacing one that was
/// still doing so); otherwise each partition is screened against what changed since it was last screened.
/// <see cref="PlannedAt"/> orders plans (null for plans stored before it was recorded).
/// </summary>
public sealed record RescreenPlan(string Key, string ListsKey, string Versions, string Reason, bool Enqueued, DateTimeOffset UpdatedAt, bool Everyone = false, DateTimeOffset? PlannedAt = null);
