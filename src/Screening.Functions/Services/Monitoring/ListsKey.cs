using Screening.Domain.Monitoring;
using Screening.Domain.Names;
using Screening.Domain.Screening;

namespace Screening.Functions.Services.Monitoring;

/// <summary>
/// What subjects are screened against, as one key: every active list version, the engine version and the thresholds.
/// Any change of these (an activation, a rollback, an upgrade, a new threshold) is a new key and so a re-screen.
/// </summary>
public static class ListsKey
{
    public static string Of(ActiveIndexState state, NameMatchingOptions matching)
    {
        ArgumentNullException.ThrowIfNull(matching);
        return MonitoringIds.Fingerprint($"{Versions(state)}|{Engine(matching)}");
    }

    /// <summary>The engine version and thresholds alone: when they change, every subject is screened against everything again.</summary>
    public static string Engine(NameMatchingOptions matching)
    {
        ArgumentNullException.ThrowIfNull(matching);
        return $"{ScreeningIndex.EngineVersion}|{matching.MatchThreshold:R}|{matching.ReviewThreshold:R}";
    }

    public static string Versions(ActiveIndexState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return string.Join(";", state.Lists.Select(l => $"{l.Source}@{l.Version}").Order(StringComparer.Ordinal));
    }
}
