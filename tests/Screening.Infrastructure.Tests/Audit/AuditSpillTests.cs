using Microsoft.Extensions.Options;
using Screening.Infrastructure.Audit;

namespace Screening.Infrastructure.Tests.Audit;

/// <summary>The spill holds screened names and addresses: its folders and files are the owner's alone.</summary>
public sealed class AuditSpillTests : IDisposable
{
    private static readonly Uri Table = new("http://127.0.0.1:10002/devstoreaccount1/ScreeningAudit");
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"audit-spill-mode-{Guid.NewGuid():n}");

    [Fact]
    public void A_spilled_batch_is_written_owner_only_in_owner_only_folders()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes; on Windows the folder inherits the data folder's ACL.
        }

        var spill = new AuditSpill(Options.Create(new AuditOptions { SpillDirectory = _root }), Table);

        var path = spill.Save(new AuditRecordBuilder().ForRequest("spill-mode").Items(3));

        Assert.Equal(AuditSpill.OwnerOnlyFolder, File.GetUnixFileMode(_root));
        Assert.Equal(AuditSpill.OwnerOnlyFolder, File.GetUnixFileMode(spill.Directory));
        Assert.Equal(AuditSpill.OwnerOnlyFile, File.GetUnixFileMode(path));
        Assert.Equal(3, AuditSpill.Read(path).Count);
    }

    [Fact]
    public void The_apps_own_spill_folder_left_open_by_an_earlier_run_is_closed_before_a_batch_goes_in_the_configured_root_is_left_as_it_is()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes; on Windows the folder inherits the data folder's ACL.
        }

        var open = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        var spill = new AuditSpill(Options.Create(new AuditOptions { SpillDirectory = _root }), Table);
        Directory.CreateDirectory(spill.Directory, open);
        File.SetUnixFileMode(_root, open);

        spill.Save(new AuditRecordBuilder().ForRequest("spill-mode").Items(1));

        // The root may be a folder the operator shares with others (/var/tmp): not the app's to close.
        Assert.Equal(open, File.GetUnixFileMode(_root));
        Assert.Equal(AuditSpill.OwnerOnlyFolder, File.GetUnixFileMode(spill.Directory));
    }

    [Fact]
    public void The_default_spill_folder_is_under_the_apps_own_data_folder_not_the_shared_temporary_folder()
    {
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(data))
        {
            return; // No home to resolve a data folder from: the temporary folder is all there is.
        }

        Assert.False(new AuditOptions().SpillDirectory.StartsWith(Path.GetTempPath(), StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
