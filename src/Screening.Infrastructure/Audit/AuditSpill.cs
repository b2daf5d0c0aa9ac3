using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Screening.Infrastructure.Audit;

/// <summary>
/// Audit records a shutdown could not write, kept on local disk (one JSON file per unsent batch, written to a
/// temporary name and then renamed, so a file is either whole or absent) until the next start writes them. The same
/// batch is written again exactly as it was, so a batch that was partly stored before the shutdown is stored once.
/// Each audit table has its own folder under <see cref="AuditOptions.SpillDirectory"/> (named by a hash of the table's
/// address), so apps on one machine with different storage never write each other's records. Folders are created
/// owner-only (0700) and files 0600: the records hold the names and addresses screened.
/// </summary>
public sealed class AuditSpill(IOptions<AuditOptions> options, Uri table)
{
    private const string Extension = ".json";

    public string Directory { get; } = Path.Combine(options.Value.SpillDirectory,
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(table.AbsoluteUri)))[..16]);

    /// <summary>Folders of the spill: the owner only may list, read or write them (screening inputs are personal data).</summary>
    public const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Spilled batches: read and written by the owner only.</summary>
    public const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly string _root = options.Value.SpillDirectory;

    public string Save(IReadOnlyList<AuditRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        // The configured root may be a folder the operator shares (/var/tmp): created owner-only when missing, never
        // changed when it exists. The subfolder the app makes for its own batches is what keeps them private.
        CreateOwnerOnly(_root, tightenExisting: false);
        CreateOwnerOnly(Directory, tightenExisting: true);
        var name = $"{DateTimeOffset.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():n}";
        var path = Path.Combine(Directory, name + Extension);
        var partial = Path.Combine(Directory, name + ".partial");
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = OwnerOnlyFile;
        }

        using (var stream = new FileStream(partial, file))
        {
            JsonSerializer.Serialize(stream, [.. records], AuditJsonContext.Default.ListAuditRecord);
        }

        File.Move(partial, path);
        return path;
    }

    /// <summary>The spilled batches, oldest first.</summary>
    public IReadOnlyList<string> Pending() =>
        System.IO.Directory.Exists(Directory) ? [.. System.IO.Directory.GetFiles(Directory, "*" + Extension).Order(StringComparer.Ordinal)] : [];

    public static List<AuditRecord> Read(string path) =>
        JsonSerializer.Deserialize(File.ReadAllBytes(path), AuditJsonContext.Default.ListAuditRecord)
            ?? throw new InvalidDataException($"Spilled audit batch {path} holds no records.");

    /// <summary>
    /// Creates the folder owner-only, or, when <paramref name="tightenExisting"/>, makes an existing one so (a folder left
    /// by an earlier version, or made by hand). A folder someone else owns cannot be changed: that throws, and the records
    /// stay in the log only, rather than go where another account could read them. On Windows the folder inherits the
    /// app's own profile or data folder's ACL.
    /// </summary>
    private static void CreateOwnerOnly(string folder, bool tightenExisting)
    {
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(folder);
            return;
        }

        if (System.IO.Directory.Exists(folder))
        {
            if (tightenExisting && File.GetUnixFileMode(folder) != OwnerOnlyFolder)
            {
                File.SetUnixFileMode(folder, OwnerOnlyFolder);
            }

            return;
        }

        System.IO.Directory.CreateDirectory(folder, OwnerOnlyFolder);
    }

    /// <summary>One record as the JSON the log and the spill carry (the audit page's own camelCase form).</summary>
    public static string Json(AuditRecord record) =>
        JsonSerializer.Serialize([record], AuditJsonContext.Default.ListAuditRecord)[1..^1];
}
