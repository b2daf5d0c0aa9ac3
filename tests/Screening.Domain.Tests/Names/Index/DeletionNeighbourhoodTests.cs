using Screening.Domain.Names.Index;

namespace Screening.Domain.Tests.Names.Index;

public sealed class DeletionNeighbourhoodTests
{
    [Theory]
    [InlineData("ZAWAHIRI", "ZAWAHRI")] // deletion (SDN 2676)
    [InlineData("NORIEGA", "NOREIGA")] // transposition (SDN 1572)
    [InlineData("NORIEGA", "NORIEGO")] // substitution
    [InlineData("DAWNLIGHT", "DACLIGHT")] // two errors in a long token
    public void Tokens_a_typo_apart_share_a_form(string listed, string typed)
    {
        var listedForms = Forms(listed);
        var typedForms = Forms(typed);

        Assert.True(listedForms.Overlaps(typedForms));
    }

    [Fact]
    public void Different_names_share_no_form() =>
        Assert.False(Forms("NORIEGA").Overlaps(Forms("ZAWAHIRI")));

    private static HashSet<ulong> Forms(string token)
    {
        var buffer = new ulong[DeletionNeighbourhood.BufferSize];
        var count = DeletionNeighbourhood.Forms(token, buffer);
        return [.. buffer.Take(count)];
    }
}
