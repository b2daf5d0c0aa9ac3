using System.IO.Compression;

namespace Screening.Domain.Sources.Common;

/// <summary>
/// OFAC publishes some lists zipped (CONS_ENHANCED.ZIP, the CSV sets). Parsers see the entries as
/// ordinary files; the compressed bytes are held in memory, the entries are inflated as they are read.
/// </summary>
internal static class ArchiveExpansion
{
    public static ListInput Expand(ListInput input)
    {
        if (!input.Files.Any(ListContent.IsZip))
        {
            return input;
        }

        var files = new List<ListFile>();
        foreach (var file in input.Files)
        {
            if (ListContent.IsZip(file))
            {
                files.AddRange(Entries(file));
            }
            else
            {
                files.Add(file);
            }
        }

        return input with { Files = files };
    }

    private static IEnumerable<ListFile> Entries(ListFile zipFile)
    {
        byte[] bytes;
        using (var stream = zipFile.Open())
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }

        List<string> names;
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            names = [.. archive.Entries.Where(e => !string.IsNullOrEmpty(e.Name)).Select(e => e.FullName)];
        }
        catch (InvalidDataException ex)
        {
            throw new ListParseException(zipFile.Name, $"not a readable zip archive ({ex.Message})", inner: ex);
        }

        return names.Select(name => new ListFile(name, () => OpenEntry(zipFile.Name, bytes, name)));
    }

    private static OwningStream OpenEntry(string zipName, byte[] bytes, string entryName)
    {
        try
        {
            var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var entry = archive.GetEntry(entryName)!;
            return new OwningStream(entry.Open(), archive);
        }
        catch (InvalidDataException ex)
        {
            throw new ListParseException(zipName, $"zip entry {entryName} cannot be read ({ex.Message})", inner: ex);
        }
    }

    /// <summary>Disposes the archive with the entry stream, so callers only manage the stream.</summary>
    private sealed class OwningStream(Stream inner, IDisposable owner) : Stream
    {
        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            try
            {
                return inner.Read(buffer);
            }
            catch (InvalidDataException ex)
            {
                // A corrupt deflate block surfaces here; the parsers turn IOException into ListParseException.
                throw new IOException($"compressed data is corrupt ({ex.Message})", ex);
            }
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
                inner.Dispose();
                owner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
