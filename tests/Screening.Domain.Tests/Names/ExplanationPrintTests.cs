using Screening.Domain.Model;
using Screening.Domain.Names;
using Xunit.Abstractions;

namespace Screening.Domain.Tests.Names;

/// <summary>Prints the explanation docs/matching.md shows, so the documented example stays reproducible.</summary>
public sealed class ExplanationPrintTests(ITestOutputHelper output)
{
    [Fact]
    public void Prints_the_documented_explanation()
    {
        var index = NameIndex.Build(TestEntities.Sample);

        var match = index.Search(new NameQuery("Aymen Zawahri", DateOfBirth: new PartialDate(1951)))[0];

        output.WriteLine(match.Explanation.ToString());
        Assert.StartsWith("matched primary name \"AL ZAWAHIRI, Dr. Ayman\" (strong)", match.Explanation.ToString(), StringComparison.Ordinal);
    }
}
