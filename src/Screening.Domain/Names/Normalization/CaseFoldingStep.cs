namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 4: case folding. After transliteration every letter is ASCII, so invariant upper case is a
/// complete fold; upper case is the lists' own convention for surnames ("NORIEGA, Manuel Antonio").
/// </summary>
internal static class CaseFoldingStep
{
    public static string Apply(string value) => value.ToUpperInvariant();
}
