namespace Screening.Infrastructure.Lists.Active;

/// <summary>The active version of every source, as one immutable set an index is built from.</summary>
public sealed record ActiveListSet(IReadOnlyList<ActiveList> Lists)
{
    public static ActiveListSet Empty { get; } = new([]);

    public IReadOnlyList<ListVersionInfo> Versions => [.. Lists.Select(list => list.Version)];
}
