using Screening.Domain.Names.Scoring;

namespace Screening.Domain.Tests.Names.Scoring;

/// <summary>The stamped similarity cache: what one query stored is found until it is cleared, through growth, and never after.</summary>
public sealed class SimilarityCacheTests
{
    [Fact]
    public void Pairs_survive_growth_and_are_gone_after_clear()
    {
        var cache = new SimilarityCache();
        for (var listed = 0; listed < 1_000; listed++)
        {
            cache.Add(listed % 3, listed, (listed / 1_000.0, TokenMatchKind.Fuzzy));
        }

        Assert.True(cache.Capacity >= 2_000);
        for (var listed = 0; listed < 1_000; listed++)
        {
            Assert.True(cache.TryGet(listed % 3, listed, out var value));
            Assert.Equal((listed / 1_000.0, TokenMatchKind.Fuzzy), value);
            Assert.False(cache.TryGet((listed % 3) + 1, listed, out _));
        }

        cache.Clear();
        Assert.False(cache.TryGet(0, 0, out _));
        cache.Add(0, 0, (1.0, TokenMatchKind.Exact));
        Assert.True(cache.TryGet(0, 0, out var again));
        Assert.Equal((1.0, TokenMatchKind.Exact), again);
        Assert.False(cache.TryGet(1, 1, out _));
    }
}
