using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Screening.Infrastructure.Audit;

/// <summary>
/// Audit records a shutdown could not write, kept on local disk (one JSON file per unsent batch, written to a
/// temporary name and then renamed, so a file is either whole or absent) until the next start writes them. The same
/// batch is written again exactly as it was, so a batch that was partly stored before the shutdown is stored once.
/// Each audit table has its own folder under <see cref="AuditOptions.SpillDirectory"/> (named by a hash of the table's
/// address), so apps on one machine with different storage never write each other's records.
/// </summary>
public sealed class AuditSpill(IOptions<AuditOptions> options, Uri table)
{
    private const string Extension = ".json";

    public string Directory { get; } = Path.Combine(options.Value.SpillDirectory,
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(table.AbsoluteUri)))[..16]);

    public string Save(IReadOnlyList<AuditRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        System.IO.Directory.CreateDirectory(Directory);
        var name = $"{DateTimeOffset.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():n}";
        var path = Path.Combine(Directory, name + Extension);
        var partial = Path.Combine(Directory, name + ".partial");
        File.WriteAllBytes(partial, JsonSerializer.SerializeToUtf8Bytes([.. records], AuditJsonContext.Default.ListAuditRecord));
        File.Move(partial, path);
        return path;
    }

    /// <summary>The spilled batches, oldest first.</summary>
    public IReadOnlyList<string> Pending() =>
        System.IO.Directory.Exists(Directory) ? [.. System.IO.Directory.GetFiles(Directory, "*" + Extension).Order(StringComparer.Ordinal)] : [];

    public static List<AuditRecord> Read(string path) =>
        JsonSerializer.Deserialize(File.ReadAllBytes(path), AuditJsonContext.Default.ListAuditRecord)
            ?? throw new InvalidDataException($"Spilled audit batch {path} holds no records.");

    /// <summary>One record as the JSON the log and the spill carry (the audit page's own camelCase form).</summary>
    public static string Json(AuditRecord record) =>
        JsonSerializer.Serialize([record], AuditJsonContext.Default.ListAuditRecord)[1..^1];
}
