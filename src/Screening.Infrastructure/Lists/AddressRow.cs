using Azure.Data.Tables;
using Screening.Domain.Model;
using Screening.Infrastructure.Storage;

namespace Screening.Infrastructure.Lists;

/// <summary>
/// A wallet address row (table ListAddresses): PK the normalized address, RK
/// <c>{source}|{versionId}|{entityId}</c>, so one partition read answers "who lists this address"
/// across every stored version, and the caller keeps the rows of active versions.
/// </summary>
public static class AddressRow
{
    public static string RowKey(string source, string versionId, string entityId) =>
        $"{TableKey.Escape(source)}|{versionId}|{TableKey.Escape(entityId)}";

    public static IEnumerable<TableEntity> For(string source, string versionId, SanctionedEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.DigitalCurrencyAddresses
            .Where(address => !string.IsNullOrWhiteSpace(address.Value))
            .DistinctBy(address => AddressKey.Normalize(address.Value))
            .Select(address => new TableEntity(TableKey.Escape(AddressKey.Normalize(address.Value)), RowKey(source, versionId, entity.Id))
            {
                ["Source"] = source,
                ["VersionId"] = versionId,
                ["EntityId"] = entity.Id,
                ["Asset"] = address.Asset,
                ["Value"] = address.Value,
            });
    }
}
