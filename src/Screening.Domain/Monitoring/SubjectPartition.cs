using System.Security.Cryptography;
using System.Text;

namespace Screening.Domain.Monitoring;

/// <summary>
/// Spreads subjects over a fixed number of partitions by a hash of their id: registration touches one partition,
/// and a re-screen fans out one unit of work per partition, so the work scales with instances, not with one scheduler.
/// </summary>
public static class SubjectPartition
{
    public const int Count = 64;

    public static int Of(string subjectId)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(subjectId), hash);
        return (int)(BitConverter.ToUInt32(hash) % Count);
    }

    public static string Key(int partition) => partition.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
}
