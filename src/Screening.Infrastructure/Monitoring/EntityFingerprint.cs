using System.Text.Json;
using Screening.Domain.Model;
using Screening.Domain.Monitoring;
using Screening.Infrastructure.Storage;

namespace Screening.Infrastructure.Monitoring;

/// <summary>The fingerprint of a listed entity's whole record, in the stored JSON form the list delta compares too.</summary>
public static class EntityFingerprint
{
    public static string Of(SanctionedEntity entity) => MonitoringIds.Fingerprint(JsonSerializer.Serialize(entity, ListJson.Options));

    /// <summary>
    /// The fingerprint of what screening reads of an entity: its type, every name, and what confirms or contradicts a
    /// name (dates of birth, nationalities, citizenships, address countries) and its wallet addresses. An entity whose
    /// record changed elsewhere only (remarks, programmes, documents) scores every subject exactly as before.
    /// </summary>
    public static string OfScreened(SanctionedEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var screened = entity with
        {
            PlacesOfBirth = [],
            Addresses = [.. entity.Addresses.Select(a => new PostalAddress(Country: a.Country))],
            Documents = [],
            Programs = [],
            LinkedTo = [],
            RelatedIds = [],
            Flags = [],
            Vessel = null,
            Title = null,
            Remarks = null,
            ListedOn = null,
        };
        return MonitoringIds.Fingerprint(JsonSerializer.Serialize(screened, ListJson.Options));
    }
}
