using Screening.Domain.Monitoring;

namespace Screening.Functions.Services.Monitoring;

/// <summary>
/// What changed between the lists a partition was last screened against (<see cref="BaseVersions"/>) and the active
/// ones: <see cref="Screened"/> holds the entities added or changed in what screening reads of them (names, type, dates
/// of birth, countries, wallets), which every subject is screened against; <see cref="RecordChanged"/> adds those changed
/// elsewhere only (remarks, programmes), which score as before but bring back a decided alert ("entity changed"), so they
/// are screened for subjects with a decided alert on them. Entities that left the lists are not here: open alerts on
/// them are turned entity_delisted by every re-screen, delta or not.
/// </summary>
public sealed record RescreenDelta(string BaseVersions, RescreenScope Screened, RescreenScope RecordChanged)
{
    public override string ToString() =>
        $"{Screened.EntityIds.Count} entities added or changed since {BaseVersions} ({RecordChanged.EntityIds.Count - Screened.EntityIds.Count} more changed outside what is screened)";
}
