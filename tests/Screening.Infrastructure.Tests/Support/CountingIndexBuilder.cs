using Screening.Infrastructure.Lists.Active;

namespace Screening.Infrastructure.Tests.Support;

/// <summary>An index that records what it was built from, so tests can see which versions are served.</summary>
public sealed record CountingIndex(IReadOnlyDictionary<string, string> Versions, int Entities);

public sealed class CountingIndexBuilder : IActiveIndexBuilder<CountingIndex>
{
    private int _builds;

    public int Builds => Volatile.Read(ref _builds);

    public CountingIndex Build(ActiveListSet lists)
    {
        Interlocked.Increment(ref _builds);
        return new CountingIndex(
            lists.Lists.ToDictionary(list => list.Version.Source, list => list.Version.VersionId),
            lists.Lists.Sum(list => list.List.Entities.Count));
    }
}
