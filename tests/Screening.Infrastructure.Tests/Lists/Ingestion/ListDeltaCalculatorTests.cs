using Screening.Infrastructure.Lists.Ingestion;
using Screening.Infrastructure.Tests.Support;

namespace Screening.Infrastructure.Tests.Lists.Ingestion;

public sealed class ListDeltaCalculatorTests
{
    [Fact]
    public void Reports_added_removed_and_changed_entities_and_addresses()
    {
        const string source = "test";
        var before = TestLists.List(source, [
            TestLists.Entity(source, "1", "KEPT"),
            TestLists.Entity(source, "2", "REMOVED", "0xAAAA000000000000000000000000000000000001"),
            TestLists.Entity(source, "3", "RENAMED"),
        ]);
        var after = TestLists.List(source, [
            TestLists.Entity(source, "1", "KEPT"),
            TestLists.Entity(source, "3", "RENAMED LATER", "0xbbbb000000000000000000000000000000000002"),
            TestLists.Entity(source, "4", "ADDED"),
        ]);

        var delta = ListDeltaCalculator.Compute(source, "v2", "v1", before, after);

        Assert.Equal(["test:4"], delta.Added);
        Assert.Equal(["test:2"], delta.Removed);
        Assert.Equal(["test:3"], delta.Changed);
        Assert.Equal("0xbbbb000000000000000000000000000000000002", Assert.Single(delta.AddressesAdded).Address);
        Assert.Equal("0xaaaa000000000000000000000000000000000001", Assert.Single(delta.AddressesRemoved).Address);
        Assert.Equal(new ListDeltaSummary(1, 1, 1, 1, 1), delta.Summary);
    }
}
