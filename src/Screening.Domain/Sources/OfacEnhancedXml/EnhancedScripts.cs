using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.OfacEnhancedXml;

/// <summary>OFAC's script labels as ISO 15924 codes (null for Latin); unknown labels fall back to the characters.</summary>
internal static class EnhancedScripts
{
    public static string? CodeOf(string? label, string value) => label?.Trim().ToLowerInvariant() switch
    {
        null or "" or "latin" => null,
        "arabic" => "Arab",
        "cyrillic" => "Cyrl",
        "chinese simplified" => "Hans",
        "chinese traditional" => "Hant",
        "korean" => "Hang",
        _ => ScriptDetector.Detect(value),
    };
}
