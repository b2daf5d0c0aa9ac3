using Microsoft.Extensions.DependencyInjection;
using Screening.Domain.Model;
using Screening.Infrastructure.Lists;

namespace Screening.Infrastructure.Tests.Support;

/// <summary>Writes and activates versions directly, without a parser, the way the ingestion pipeline does.</summary>
public static class StoreActions
{
    public static async Task<ListVersionRecord> WriteAsync(IServiceProvider services, ParsedList list, string? versionId = null, bool activate = true)
    {
        var versions = services.GetRequiredService<ListVersionStore>();
        var writer = services.GetRequiredService<ListVersionWriter>();
        var record = Harness.RecordFor(list, versionId ?? ListVersionId.New(DateTimeOffset.UtcNow, list.Metadata.ContentHash), writer.Shards);
        await versions.SaveAsync(record, CancellationToken.None);
        await writer.WriteAsync(record, list, CancellationToken.None);
        if (!activate)
        {
            return record;
        }

        var pointer = await versions.GetPointerAsync(list.Metadata.Source, CancellationToken.None);
        var activated = await versions.ActivateAsync(list.Metadata.Source, record.VersionId, pointer, DateTimeOffset.UtcNow, CancellationToken.None);
        var active = record with { Status = ListVersionStatus.Active, ActivatedAt = activated.ActivatedAt };
        await versions.SaveAsync(active, CancellationToken.None);
        return active;
    }
}
