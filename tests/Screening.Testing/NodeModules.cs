using System.Diagnostics;

namespace Screening.Testing;

/// <summary>
/// The repository's npm packages (Azurite and the other pinned dev tools). Installs them with
/// <c>npm ci</c> when missing, under a file lock so test assemblies running in parallel install once.
/// </summary>
public static class NodeModules
{
    public static string EnsureInstalled()
    {
        var root = TestPaths.RepositoryRoot;
        var modules = Path.Combine(root, "node_modules");
        if (File.Exists(Path.Combine(modules, ".package-lock.json")))
        {
            return modules;
        }

        using var gate = AcquireLock(Path.Combine(Path.GetTempPath(), "screening-npm-ci.lock"));
        if (!File.Exists(Path.Combine(modules, ".package-lock.json")))
        {
            var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = root, UseShellExecute = false })
                ?? throw new InvalidOperationException("Could not start npm.");
            npm.WaitForExit();
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci failed with exit code {npm.ExitCode} in {root}.");
            }
        }

        return modules;
    }

    private static FileStream AcquireLock(string path)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(5);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
        }
    }
}
