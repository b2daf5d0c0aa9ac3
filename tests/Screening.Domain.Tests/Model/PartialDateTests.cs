using Screening.Domain.Model;

namespace Screening.Domain.Tests.Model;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData(1984, null, null, "1984")]
    [InlineData(1984, 3, null, "1984-03")]
    [InlineData(1984, 3, 7, "1984-03-07")]
    public void ToString_writes_only_the_precision_the_source_gave(int year, int? month, int? day, string expected) =>
        Assert.Equal(expected, new PartialDate(year, month, day).ToString());
}
