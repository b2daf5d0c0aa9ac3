using System.Text;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 1: Unicode NFKC, so full-width letters, ligatures and compatibility forms ("ﬁ", "Ｋ", "①")
/// compare equal to their plain forms before any other step looks at them.
/// </summary>
internal static class UnicodeCompatibilityStep
{
    public static string Apply(string value) =>
        value.IsNormalized(NormalizationForm.FormKC) ? value : value.Normalize(NormalizationForm.FormKC);
}
