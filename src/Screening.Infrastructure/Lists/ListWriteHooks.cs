namespace Screening.Infrastructure.Lists;

/// <summary>
/// Test seam in the write path: called after each stored entity transaction with the count so far,
/// so a test can cut storage off in the middle of writing a version. Unset in production.
/// </summary>
internal sealed class ListWriteHooks
{
    public Func<int, CancellationToken, Task>? AfterEntityBatch { get; set; }
}
