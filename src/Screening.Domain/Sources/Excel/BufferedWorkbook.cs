using System.IO.Compression;
using System.Runtime.CompilerServices;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.Excel;

/// <summary>
/// A zip file read from its source once, for one <see cref="ListReader"/> call: its bytes and hash, whether it is a
/// workbook, and the first rows of each sheet, shared by every parser that looks at it (MOF and OFSI detection, source
/// inference, then the parse) instead of each reading, copying and opening the file again.
/// </summary>
internal sealed class BufferedWorkbook : IDisposable
{
    /// <summary>Rows read from the top of each sheet for detection: enough for every Excel parser's header search.</summary>
    public const int HeadRowsPerSheet = 8;

    private static readonly ConditionalWeakTable<ListFile, BufferedWorkbook> ByFile = [];
    private readonly Lazy<bool> _isWorkbook;
    private readonly SheetHeads _heads;

    private BufferedWorkbook(ListFile file, byte[] bytes, string contentHash)
    {
        Bytes = bytes;
        ContentHash = contentHash;
        _isWorkbook = new Lazy<bool>(() => ContainsWorkbookPart(bytes));
        _heads = new SheetHeads(file);
    }

    public byte[] Bytes { get; }

    public string ContentHash { get; }

    public bool IsWorkbook => _isWorkbook.Value;

    /// <summary>
    /// The same file, held in memory when it is a zip (an .xlsx or a zipped CSV set); the returned file is what the
    /// parsers should be given, so they find the buffer. Any other file is returned as it is: text formats stream.
    /// </summary>
    public static ListFile Buffer(ListFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (ByFile.TryGetValue(file, out _) || !ListContent.IsZip(file))
        {
            return file;
        }

        var (bytes, hash) = ExcelWorkbook.ReadAll(file);
        var buffered = new ListFile(file.Name, () => new MemoryStream(bytes, writable: false));
        ByFile.AddOrUpdate(buffered, new BufferedWorkbook(buffered, bytes, hash));
        return buffered;
    }

    public static BufferedWorkbook? Of(ListFile file) => ByFile.TryGetValue(file, out var buffered) ? buffered : null;

    /// <summary>
    /// The first <see cref="HeadRowsPerSheet"/> rows of each sheet in order, read only as far as the caller enumerates
    /// and kept for the next caller; empty when the workbook cannot be read.
    /// </summary>
    public static IEnumerable<ExcelSheetHead> Heads(ListFile file) => Of(file) is { } buffered ? buffered._heads.Read() : ReadOnce(file);

    public void Dispose() => _heads.Dispose();

    private static IEnumerable<ExcelSheetHead> ReadOnce(ListFile file)
    {
        using var heads = new SheetHeads(file);
        foreach (var head in heads.Read())
        {
            yield return head;
        }
    }

    public static bool ContainsWorkbookPart(byte[] bytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return archive.GetEntry("xl/workbook.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}

/// <summary>A sheet's name and its first rows, as detection looks at them.</summary>
internal sealed record ExcelSheetHead(string Name, IReadOnlyList<ExcelRow> Rows);
