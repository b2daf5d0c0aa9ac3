using Screening.Functions.Services;

namespace Screening.Functions.Tests.Services;

/// <summary>An active index the test sets directly, in place of the list monitor.</summary>
public sealed class FixedActiveIndex : IActiveIndex
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<ActiveIndexState> _published = new();
    private ActiveIndexState _current = ActiveIndexState.NotLoaded("No sanctions list has been loaded yet.");

    /// <summary>Every state published so far, oldest first: the list versions a test has "stored".</summary>
    public IEnumerable<ActiveIndexState> Published => _published;

    public ActiveIndexState Current => Volatile.Read(ref _current);

    public Task CatchUpAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Publish(ActiveIndexState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _published.Enqueue(state);
        Volatile.Write(ref _current, state);
    }
}
