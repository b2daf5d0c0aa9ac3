using System.Text;

namespace Screening.Domain.Sources.Common;

/// <summary>
/// The ISO 15924 code of the script most letters of a name are written in, or null for Latin.
/// Used where a source gives an original-script name without saying which script it is (UN).
/// </summary>
internal static class ScriptDetector
{
    public static string? Detect(string text)
    {
        Span<int> counts = stackalloc int[Codes.Length];
        var latin = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune))
            {
                continue;
            }

            var index = IndexOf(rune.Value);
            if (index >= 0)
            {
                counts[index]++;
            }
            else
            {
                latin++;
            }
        }

        var best = -1;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best]))
            {
                best = i;
            }
        }

        return best >= 0 && counts[best] >= latin ? Codes[best] : null;
    }

    private static readonly string[] Codes = ["Hang", "Arab", "Cyrl", "Hani", "Hebr", "Grek", "Thai", "Geor", "Armn", "Deva", "Kana", "Ethi", "Mymr", "Khmr"];

    private static int IndexOf(int c) => c switch
    {
        >= 0xAC00 and <= 0xD7AF or >= 0x1100 and <= 0x11FF or >= 0x3130 and <= 0x318F => 0,
        >= 0x0600 and <= 0x06FF or >= 0x0750 and <= 0x077F or >= 0x08A0 and <= 0x08FF or >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF => 1,
        >= 0x0400 and <= 0x052F => 2,
        >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x2FA1F => 3,
        >= 0x0590 and <= 0x05FF => 4,
        >= 0x0370 and <= 0x03FF => 5,
        >= 0x0E00 and <= 0x0E7F => 6,
        >= 0x10A0 and <= 0x10FF => 7,
        >= 0x0530 and <= 0x058F => 8,
        >= 0x0900 and <= 0x097F => 9,
        >= 0x3040 and <= 0x30FF => 10,
        >= 0x1200 and <= 0x139F => 11,
        >= 0x1000 and <= 0x109F => 12,
        >= 0x1780 and <= 0x17FF => 13,
        _ => -1,
    };
}
