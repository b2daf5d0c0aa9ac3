using System.Text;
using Screening.Domain.Sources;

namespace Screening.Domain.Tests.Sources;

/// <summary>Builds parser inputs from the real published files in tests/data, and damaged copies of them.</summary>
internal static class RealLists
{
    public static ListInput File(string source, params string[] pathParts) => ListInput.FromFile(source, TestData.Path(pathParts));

    /// <summary>Every .csv file of a folder, as one OFAC CSV set.</summary>
    public static ListInput CsvSet(string source, params string[] folderParts) =>
        new(source, [.. Directory.GetFiles(TestData.Path(folderParts), "*.csv").Order(StringComparer.Ordinal)
            .Select(path => new ListFile(Path.GetFileName(path), () => System.IO.File.OpenRead(path)))]);

    public static byte[] Bytes(params string[] pathParts) => System.IO.File.ReadAllBytes(TestData.Path(pathParts));

    /// <summary>The same input with one file's bytes changed (matched by file name, case-insensitive).</summary>
    public static ListInput WithFile(ListInput input, string name, Func<byte[], byte[]> change) =>
        input with
        {
            Files = [.. input.Files.Select(file => string.Equals(file.Name, name, StringComparison.OrdinalIgnoreCase) ? Changed(file, change) : file)],
        };

    public static ListInput WithFileAdded(ListInput input, string name, byte[] content) =>
        input with { Files = [.. input.Files, new ListFile(name, () => new MemoryStream(content, writable: false))] };

    public static byte[] Truncate(byte[] bytes, double fraction) => bytes[..(int)(bytes.Length * fraction)];

    /// <summary>Replaces the first occurrence of <paramref name="find"/> (ASCII/UTF-8) or fails the test when absent.</summary>
    public static byte[] ReplaceFirst(byte[] bytes, string find, string replacement)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var index = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{find}' is not in the file");
        return Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + find.Length)));
    }

    public static byte[] Append(byte[] bytes, string text) => [.. bytes, .. Encoding.UTF8.GetBytes(text)];

    private static ListFile Changed(ListFile file, Func<byte[], byte[]> change)
    {
        byte[] original;
        using (var stream = file.Open())
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            original = copy.ToArray();
        }

        var changed = change(original);
        return new ListFile(file.Name, () => new MemoryStream(changed, writable: false));
    }
}
