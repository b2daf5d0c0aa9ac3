namespace Screening.Domain.Sources.Excel;

/// <summary>
/// The tops of a workbook's sheets, read one sheet further only when a caller asks for it (opening a sheet inflates
/// its whole XML), and kept, so a second detector replays what the first read. Thread-safe.
/// </summary>
internal sealed class SheetHeads(ListFile file) : IDisposable
{
    private readonly List<ExcelSheetHead> _read = [];
    private readonly Lock _gate = new();
    private ExcelWorkbook? _workbook;
    private IEnumerator<ExcelSheet>? _sheets;
    private bool _finished;

    public IEnumerable<ExcelSheetHead> Read()
    {
        for (var index = 0; ; index++)
        {
            if (Get(index) is not { } head)
            {
                yield break;
            }

            yield return head;
        }
    }

    private ExcelSheetHead? Get(int index)
    {
        lock (_gate)
        {
            while (_read.Count <= index && !_finished)
            {
                ReadNextSheet();
            }

            return index < _read.Count ? _read[index] : null;
        }
    }

    private void ReadNextSheet()
    {
        try
        {
            _workbook ??= ExcelWorkbook.Open(file);
            _sheets ??= _workbook.Sheets().GetEnumerator();
            if (_sheets.MoveNext())
            {
                _read.Add(new ExcelSheetHead(_sheets.Current.Name, [.. _sheets.Current.Rows().Take(BufferedWorkbook.HeadRowsPerSheet)]));
                return;
            }
        }
        catch (ListParseException)
        {
            // A damaged workbook: what was read stands, and no detector recognises more of it.
        }

        Finish();
    }

    /// <summary>Closes the workbook if a detector stopped before the last sheet; what was read stays readable.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            Finish();
        }
    }

    private void Finish()
    {
        _finished = true;
        _sheets?.Dispose();
        _workbook?.Dispose();
        _sheets = null;
        _workbook = null;
    }
}
