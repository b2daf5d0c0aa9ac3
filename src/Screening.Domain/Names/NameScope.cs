namespace Screening.Domain.Names;

/// <summary>
/// The entities of one <see cref="NameIndex"/> a scoped search may return (a re-screen's changed entities), by their
/// position in that index. Made by <see cref="NameIndex.Scope"/>; read-only, safe for concurrent searches.
/// </summary>
public sealed class NameScope
{
    private readonly bool[] allowed;

    internal NameScope(NameIndex index, bool[] allowed)
    {
        Index = index;
        this.allowed = allowed;
    }

    internal NameIndex Index { get; }

    internal bool Contains(int entityIndex) => allowed[entityIndex];
}
