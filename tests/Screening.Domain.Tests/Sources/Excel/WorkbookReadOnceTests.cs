using Screening.Domain.Model;
using Screening.Domain.Sources;
using Screening.Domain.Sources.MofExcel;

namespace Screening.Domain.Tests.Sources.Excel;

/// <summary>An .xlsx is read from its source once per ListReader call, however many parsers look at it to detect it.</summary>
public sealed class WorkbookReadOnceTests
{
    public static TheoryData<string, ListFormat, string[]> Workbooks => new()
    {
        { "jp-mof", ListFormat.MofExcel, ["jp", "mof_2026-03-02", "shisantouketsu20260305.xlsx"] },
        { "uk-ofsi", ListFormat.UkOfsi, ["uk", "ofsi_conlist_xlsx_2025-04-10", "ConList.xlsx"] },
    };

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void Detect_and_parse_read_the_workbook_once(string source, ListFormat format, string[] path)
    {
        var (input, bytesRead) = Counted(source, path);

        var list = ListReader.Read(input);

        Assert.Equal(format, list.Metadata.Format);
        // One full read, plus the few bytes that tell a zip from text.
        Assert.InRange(bytesRead(), FileLength(path), FileLength(path) + ByteSniffAllowance);
    }

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void Reading_with_an_expected_format_reads_the_workbook_once(string source, ListFormat format, string[] path)
    {
        var (input, bytesRead) = Counted(source, path);

        Assert.Equal(format, ListReader.Read(input, format).Metadata.Format);
        Assert.InRange(bytesRead(), FileLength(path), FileLength(path) + ByteSniffAllowance);
        Assert.Throws<ListParseException>(() => ListReader.Read(Counted(source, path).Input, ListFormat.UnConsolidatedXml));
    }

    [Fact]
    public void The_parsed_content_hash_is_the_hash_of_the_file_bytes_as_before()
    {
        var path = new[] { "jp", "mof_2026-03-02", "shisantouketsu20260305.xlsx" };
        var viaReader = ListReader.Read(Counted("jp-mof", path).Input);
        var direct = new MofExcelParser().Parse(RealLists.File("jp-mof", path));

        Assert.Equal(direct.Metadata.ContentHash, viaReader.Metadata.ContentHash);
        Assert.Equal(direct.Entities.Count, viaReader.Entities.Count);
    }

    private const int ByteSniffAllowance = 4096;

    private static long FileLength(string[] path) => new FileInfo(TestData.Path(path)).Length;

    private static (ListInput Input, Func<long> BytesRead) Counted(string source, string[] path)
    {
        var bytes = RealLists.Bytes(path);
        long read = 0;
        var file = new ListFile(path[^1], () => new CountingStream(bytes, count => Interlocked.Add(ref read, count)));
        return (new ListInput(source, [file]), () => Interlocked.Read(ref read));
    }

    /// <summary>Counts every byte handed out; Stream's other read methods all come through Read(byte[], int, int).</summary>
    private sealed class CountingStream(byte[] bytes, Action<int> counted) : Stream
    {
        private readonly MemoryStream _inner = new(bytes, writable: false);

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => _inner.Length;

        public override long Position { get => _inner.Position; set => _inner.Position = value; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = _inner.Read(buffer, offset, count);
            counted(n);
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => _inner.Seek(offset, origin);

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
