using System.Security.Cryptography;
using System.Text;

namespace Screening.Domain.Monitoring;

/// <summary>
/// Ids derived from content, so every retry and every instance computes the same one: an alert id from subject, entity
/// and list version (opening it twice is one alert), a fingerprint from a record's screened content (what "changed" means).
/// </summary>
public static class MonitoringIds
{
    public static string AlertId(string subjectId, string entityId, string listVersion) =>
        "al-" + Hex(string.Join('\u001f', subjectId, entityId, listVersion))[..32];

    public static string Fingerprint(string canonicalContent) => Hex(canonicalContent)[..32];

    private static string Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
