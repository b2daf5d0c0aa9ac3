using System.Globalization;
using System.Text;

namespace Screening.Infrastructure.Storage;

/// <summary>
/// Entity rows of one version live in partitions <c>{source}|{versionId}|{shard}</c>; the shard is a
/// stable hash (FNV-1a) of the entity id, so a point read finds its partition without a scan and a
/// version can be written to several partitions in parallel.
/// </summary>
public static class EntityPartition
{
    public static string Prefix(string source, string versionId) => $"{TableKey.Escape(source)}|{versionId}|";

    public static string Key(string source, string versionId, int shard) =>
        Prefix(source, versionId) + shard.ToString("D2", CultureInfo.InvariantCulture);

    public static string KeyOf(string source, string versionId, string entityId, int shards) =>
        Key(source, versionId, ShardOf(entityId, shards));

    public static int ShardOf(string entityId, int shards)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        if (shards <= 1)
        {
            return 0;
        }

        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(entityId))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return (int)(hash % (uint)shards);
    }
}
