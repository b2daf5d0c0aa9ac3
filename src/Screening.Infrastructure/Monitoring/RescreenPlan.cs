namespace Screening.Infrastructure.Monitoring;

/// <summary>
/// The re-screen the monitoring is on: its key, the key of the lists it screens against (<see cref="ListsKey"/>: a
/// fingerprint of the versions, engine and thresholds; an admin request plans the same lists again under a new key),
/// the versions in words, why, and whether all its partition messages were enqueued. A plan left with
/// <see cref="Enqueued"/> false was interrupted between claiming and enqueueing, and is enqueued again.
/// </summary>
public sealed record RescreenPlan(string Key, string ListsKey, string Versions, string Reason, bool Enqueued, DateTimeOffset UpdatedAt);
