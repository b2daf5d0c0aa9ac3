using Screening.Domain.Sources.Common;

namespace Screening.Domain.Tests.Sources.Common;

public sealed class ScriptDetectorTests
{
    [Theory]
    [InlineData("김정은", "Hang")]
    [InlineData("صدام حسين التكريتي", "Arab")]
    [InlineData("Умаров Доку", "Cyrl")]
    [InlineData("中国船舶", "Hani")]
    [InlineData("JAMAAH ANSHARUT DAULAH", null)]
    [InlineData("123 - ()", null)]
    public void Detects_the_dominant_script(string text, string? expected) => Assert.Equal(expected, ScriptDetector.Detect(text));
}
