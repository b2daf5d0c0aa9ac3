using System.Text.Json;
using Screening.Domain.Model;
using Screening.Domain.Monitoring;
using Screening.Infrastructure.Storage;

namespace Screening.Infrastructure.Monitoring;

/// <summary>The fingerprint of a listed entity's whole record, in the stored JSON form the list delta compares too.</summary>
public static class EntityFingerprint
{
    public static string Of(SanctionedEntity entity) => MonitoringIds.Fingerprint(JsonSerializer.Serialize(entity, ListJson.Options));
}
