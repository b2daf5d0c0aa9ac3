using System.Text;
using ExcelDataReader;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.Excel;

/// <summary>
/// Reads an .xlsx list through ExcelDataReader, one sheet and one row at a time. The file's bytes are
/// read once (hashed on the way) and held compressed in memory, since a zip needs a seekable stream;
/// rows are inflated as they are read. Every fault of the workbook becomes a <see cref="ListParseException"/>.
/// </summary>
internal sealed class ExcelWorkbook : IDisposable
{
    private readonly IExcelDataReader _reader;

    static ExcelWorkbook()
    {
        // ExcelDataReader's configuration asks for code page 1252 even for .xlsx; .NET has it only through this provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private ExcelWorkbook(string fileName, IExcelDataReader reader, string contentHash)
    {
        FileName = fileName;
        _reader = reader;
        ContentHash = contentHash;
    }

    public string FileName { get; }

    public string ContentHash { get; }

    public static ExcelWorkbook Open(ListFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var (bytes, hash) = BufferedWorkbook.Of(file) is { } buffered ? (buffered.Bytes, buffered.ContentHash) : ReadAll(file);
        try
        {
            var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(bytes, writable: false));
            return new ExcelWorkbook(file.Name, reader, hash);
        }
        catch (Exception ex) when (IsWorkbookFault(ex))
        {
            throw new ListParseException(file.Name, $"not a readable Excel workbook ({ex.Message})", inner: ex);
        }
    }

    /// <summary>The file's bytes and their content hash, read in one pass.</summary>
    public static (byte[] Bytes, string Hash) ReadAll(ListFile file)
    {
        try
        {
            using var hashing = new HashingReadStream(file.Open());
            using var copy = new MemoryStream();
            hashing.CopyTo(copy);
            return (copy.ToArray(), Common.ContentHash.ToHex(hashing.Finish()));
        }
        catch (IOException ex)
        {
            throw new ListParseException(file.Name, $"the file could not be read: {ex.Message}", inner: ex);
        }
    }

    /// <summary>
    /// Every sheet in workbook order; the caller reads its rows with <see cref="ExcelSheet.Rows"/> before
    /// asking for the next sheet, as the underlying reader is forward-only.
    /// </summary>
    public IEnumerable<ExcelSheet> Sheets()
    {
        bool more;
        do
        {
            yield return new ExcelSheet(this, _reader.Name);
            more = Guard(_reader.Name, null, _reader.NextResult);
        }
        while (more);
    }

    internal bool ReadRow(string sheet, long rowNumber) => Guard(sheet, rowNumber, _reader.Read);

    internal object?[] CurrentCells(string sheet, long rowNumber) => Guard(sheet, rowNumber, () =>
    {
        var cells = new object?[_reader.FieldCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = _reader.GetValue(i);
        }

        return cells;
    });

    private T Guard<T>(string sheet, long? rowNumber, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (IsWorkbookFault(ex))
        {
            throw new ListParseException(FileName, $"the workbook is damaged ({ex.Message})", rowNumber, $"sheet {sheet}", ex);
        }
    }

    /// <summary>What a truncated or corrupt .xlsx throws: zip, XML, stream and ExcelDataReader's own faults.</summary>
    private static bool IsWorkbookFault(Exception ex) =>
        ex is IOException or InvalidDataException or System.Xml.XmlException or ExcelDataReader.Exceptions.ExcelReaderException
            or NotSupportedException or FormatException or InvalidOperationException or ArgumentException
            or IndexOutOfRangeException or NullReferenceException;

    public void Dispose() => _reader.Dispose();
}
