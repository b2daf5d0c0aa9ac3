using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Screening.Infrastructure.Lists;

namespace Screening.Infrastructure.Storage;

/// <summary>
/// Inboxes file what they processed under fixed names (the file and its report), which clients read for the latest.
/// Before a later upload of the same name takes those names, the earlier pair is kept under names stamped with when it
/// was filed: a rejected original may be the only copy of that file, and a report is evidence of what was done.
/// </summary>
internal static class FiledBlobs
{
    /// <summary>
    /// Copies <paramref name="reportPath"/> and <paramref name="filedPath"/> (either may be missing) to
    /// <c>{filedPath}.{yyyyMMddTHHmmssfffZ}</c> and the report's suffix after it. Stamped by the earlier blobs' own
    /// time, so a retry writes the same names again. Copies stream, so a large file is never held in memory.
    /// </summary>
    /// <remarks>
    /// <paramref name="run"/> names the upload being filed (<see cref="RunOf"/> of the inbox blob's ETag). When the pair
    /// under the fixed names was filed by this very upload (a trigger retried after the final delete failed), it is
    /// this run's own work, not an earlier upload's, and is overwritten rather than kept a second time.
    /// </remarks>
    public static async Task KeepEarlierAsync(BlobContainerClient container, string filedPath, string reportPath, string? run, CancellationToken cancellationToken)
    {
        if (!reportPath.StartsWith(filedPath, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The report '{reportPath}' must be named after the file '{filedPath}'.", nameof(reportPath));
        }

        var report = await PropertiesAsync(container.GetBlobClient(reportPath), cancellationToken).ConfigureAwait(false);
        var filed = await PropertiesAsync(container.GetBlobClient(filedPath), cancellationToken).ConfigureAwait(false);
        var filedAt = report?.LastModified ?? filed?.LastModified;
        if (filedAt is not { } at)
        {
            return;
        }

        // Each blob is asked on its own: a run that wrote the file but failed before its report leaves the earlier
        // upload's report beside this run's file, and only the report is the earlier upload's to keep.
        var keptPath = filedPath + "." + ListVersionId.Stamp(at);
        if (report is not null && !FiledBy(report, run))
        {
            await KeepAsync(container, reportPath, keptPath + reportPath[filedPath.Length..], report.ETag, cancellationToken).ConfigureAwait(false);
        }

        if (filed is not null && !FiledBy(filed, run))
        {
            await KeepAsync(container, filedPath, keptPath, filed.ETag, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool FiledBy(BlobProperties blob, string? run) =>
        run is not null && blob.Metadata.TryGetValue(RunMetadata, out var filedBy) && string.Equals(filedBy, run, StringComparison.Ordinal);

    /// <summary>
    /// Copies to a kept name only if nothing is there yet: a kept copy is the earlier upload's, and a retry must never
    /// write another file over it.
    /// </summary>
    private static async Task KeepAsync(BlobContainerClient container, string from, string to, ETag version, CancellationToken cancellationToken)
    {
        try
        {
            await CopyAsync(container, from, to, version, cancellationToken, run: null, overwrite: false).ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.Status is 409 or 412)
        {
            // Already kept by an earlier attempt of this filing.
        }
    }

    /// <summary>Streams <paramref name="from"/> (exactly the version seen) into <paramref name="to"/>, marked as filed by <paramref name="run"/> when given.</summary>
    public static async Task CopyAsync(
        BlobContainerClient container, string from, string to, ETag version, CancellationToken cancellationToken, string? run = null, bool overwrite = true)
    {
        var source = await container.GetBlobClient(from).OpenReadAsync(
            new BlobOpenReadOptions(allowModifications: false) { Conditions = new BlobRequestConditions { IfMatch = version } },
            cancellationToken).ConfigureAwait(false);
        await using (source.ConfigureAwait(false))
        {
            var options = new BlobUploadOptions
            {
                Metadata = Filed(run),
                Conditions = overwrite ? null : new BlobRequestConditions { IfNoneMatch = ETag.All },
            };
            await container.GetBlobClient(to).UploadAsync(source, options, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The metadata key naming the upload that filed a blob.</summary>
    public const string RunMetadata = "filedbyupload";

    /// <summary>The run key of one upload: its ETag, reduced to what blob metadata may hold.</summary>
    public static string RunOf(ETag uploaded) =>
        new([.. uploaded.ToString().Where(char.IsAsciiLetterOrDigit)]);

    /// <summary>Metadata marking a filed blob (file or report) as filed by <paramref name="run"/>; none without a run.</summary>
    public static Dictionary<string, string>? Filed(string? run) =>
        run is null ? null : new Dictionary<string, string> { [RunMetadata] = run };

    private static async Task<BlobProperties?> PropertiesAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }
}
