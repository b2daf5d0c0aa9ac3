namespace Screening.Functions.Services;

/// <summary>
/// Holds the active index as one immutable reference: the list monitor publishes a fully built state, readers
/// take whatever reference is current. No reader ever sees a half-built index.
/// </summary>
public sealed class ActiveIndexHolder : IActiveIndex
{
    private ActiveIndexState _current = ActiveIndexState.NotLoaded("No sanctions list has been loaded yet.");

    public ActiveIndexState Current => Volatile.Read(ref _current);

    public void Publish(ActiveIndexState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Volatile.Write(ref _current, state);
    }
}
