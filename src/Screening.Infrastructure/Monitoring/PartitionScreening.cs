namespace Screening.Infrastructure.Monitoring;

/// <summary>
/// What every subject of one partition that was active when a re-screen of it began (<see cref="StartedAt"/>) has
/// been screened against since: the plan that finished the partition, its list versions (<see cref="Versions"/>,
/// <c>source@version;...</c>), the key of those lists with engine and thresholds (<see cref="ListsKey"/>) and of the
/// engine and thresholds alone (<see cref="EngineKey"/>). It stands in for a stamp on every subject row (one row per
/// partition instead of a write per subject), and it is the base the next re-screen of the partition computes its
/// delta from. <see cref="StartedAt"/> is storage's time when the re-screen of the partition began.
/// <see cref="PlannedAt"/> orders plans: an older plan finishing late never replaces a newer one's record.
/// </summary>
public sealed record PartitionScreening(
    int Partition,
    string PlanKey,
    string Versions,
    string ListsKey,
    string EngineKey,
    DateTimeOffset PlannedAt,
    DateTimeOffset StartedAt,
    DateTimeOffset DoneAt)
{
    /// <summary>
    /// What <paramref name="subject"/> was last screened against: this record when the subject was active and its row
    /// last written before the re-screen began (so the re-screen read it as it is), else the subject's own stamp (it
    /// was registered or changed, and screened then, since). Both times are storage's, so instances' clocks do not matter.
    /// </summary>
    public StoredSubject Resolve(StoredSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var coveredByRescreen = subject.Active && subject.WrittenAt is { } written && written < StartedAt;
        return coveredByRescreen ? subject with { ScreenedAgainst = Versions, ScreenedAt = DoneAt } : subject;
    }
}
