using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Screening.Functions.Console;

namespace Screening.Functions.Tests.Console;

/// <summary>The console's files as embedded in the Functions assembly: all there, every module import resolvable, gzip faithful.</summary>
public sealed partial class ConsoleAssetCatalogTests
{
    private readonly ConsoleAssetCatalog _catalog = new();

    [Fact]
    public void The_page_is_served_for_the_empty_path_and_loads_the_app_module()
    {
        var index = _catalog.Find(string.Empty);

        Assert.NotNull(index);
        Assert.Equal("text/html; charset=utf-8", index.ContentType);
        Assert.Contains("src=\"app.js\"", Encoding.UTF8.GetString(index.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_module_a_script_imports_is_embedded()
    {
        var scripts = _catalog.All.Where(a => a.Path.EndsWith(".js", StringComparison.Ordinal)).ToList();
        Assert.Contains(scripts, s => s.Path == "pages/lists.js");
        foreach (var script in scripts)
        {
            var folder = script.Path.Contains('/', StringComparison.Ordinal) ? script.Path[..(script.Path.LastIndexOf('/') + 1)] : string.Empty;
            foreach (Match import in ModuleImport().Matches(Encoding.UTF8.GetString(script.Content)))
            {
                var target = Path.GetFullPath("/" + folder + import.Groups["path"].Value)[1..];
                Assert.True(_catalog.Find(target) is not null, $"{script.Path} imports {import.Groups["path"].Value}, which is not embedded");
            }
        }
    }

    [Fact]
    public void The_gzipped_bytes_unpack_to_the_file()
    {
        var styles = _catalog.Find("styles.css")!;
        using var gzip = new GZipStream(new MemoryStream(styles.Gzipped), CompressionMode.Decompress);
        using var unpacked = new MemoryStream();
        gzip.CopyTo(unpacked);

        Assert.Equal(styles.Content, unpacked.ToArray());
        Assert.True(styles.Gzipped.Length < styles.Content.Length);
    }

    [Fact]
    public void An_unknown_file_is_not_found()
    {
        Assert.Null(_catalog.Find("secrets.txt"));
    }

    [GeneratedRegex("""(?:from\s+|import\()'(?<path>\.{1,2}/[^']+)'""")]
    private static partial Regex ModuleImport();
}
