namespace Screening.Functions.Services;

/// <summary>The index every screening call reads; swapped atomically when a new list version is activated.</summary>
public interface IActiveIndex
{
    ActiveIndexState Current { get; }

    /// <summary>Checks the active pointers now rather than at the next poll, for work that needs the newest lists.</summary>
    Task CatchUpAsync(CancellationToken cancellationToken);
}
