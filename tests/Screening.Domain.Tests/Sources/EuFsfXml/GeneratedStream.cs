using System.Text;

namespace Screening.Domain.Tests.Sources.EuFsfXml;

/// <summary>A forward-only stream of a head, many generated parts and a tail, produced as it is read and never held whole.</summary>
internal sealed class GeneratedStream(string head, IEnumerable<string> parts, string tail) : Stream
{
    private readonly IEnumerator<string> _pieces = Pieces(head, parts, tail).GetEnumerator();
    private byte[] _current = [];
    private int _offset;

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_offset == _current.Length)
        {
            if (!_pieces.MoveNext())
            {
                return 0;
            }

            _current = Encoding.UTF8.GetBytes(_pieces.Current);
            _offset = 0;
        }

        var read = Math.Min(count, _current.Length - _offset);
        Array.Copy(_current, _offset, buffer, offset, read);
        _offset += read;
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pieces.Dispose();
        }

        base.Dispose(disposing);
    }

    private static IEnumerable<string> Pieces(string head, IEnumerable<string> parts, string tail)
    {
        yield return head;
        foreach (var part in parts)
        {
            yield return part;
        }

        yield return tail;
    }
}
