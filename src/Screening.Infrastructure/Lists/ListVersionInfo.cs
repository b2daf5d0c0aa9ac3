using Screening.Domain.Model;

namespace Screening.Infrastructure.Lists;

/// <summary>What screening answers cite about a served list version.</summary>
public sealed record ListVersionInfo(
    string Source,
    string VersionId,
    ListFormat? Format,
    DateTimeOffset? PublishedAt,
    DateTimeOffset LoadedAt,
    DateTimeOffset? ActivatedAt,
    ListCounts Counts)
{
    public static ListVersionInfo Of(ListVersionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new ListVersionInfo(record.Source, record.VersionId, record.Format, record.PublishedAt, record.LoadedAt, record.ActivatedAt, ListCounts.Of(record));
    }
}
