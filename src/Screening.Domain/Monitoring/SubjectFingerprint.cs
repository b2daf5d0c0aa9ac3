using System.Text;

namespace Screening.Domain.Monitoring;

/// <summary>
/// The fingerprint of what is screened of a subject (kind, names, date of birth, country, wallets). The client
/// reference is not screened, so changing it does not count as a change that re-raises a false positive.
/// </summary>
public static class SubjectFingerprint
{
    public static string Of(Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var canonical = new StringBuilder()
            .Append(subject.Kind).Append('\u001e')
            .AppendJoin('\u001f', subject.NamesToScreen().Select(n => n.Trim().ToUpperInvariant()).Order(StringComparer.Ordinal)).Append('\u001e')
            .Append(subject.DateOfBirth).Append('\u001e')
            .Append(subject.Country?.ToUpperInvariant()).Append('\u001e')
            .AppendJoin('\u001f', subject.Wallets.Select(w => $"{w.Address.Trim()}@{w.Chain?.ToUpperInvariant()}").Order(StringComparer.Ordinal));
        return MonitoringIds.Fingerprint(canonical.ToString());
    }
}
