using System.Text;
using System.Text.RegularExpressions;

namespace Screening.Domain.Sources.MofExcel;

/// <summary>
/// The MOF writes several values into one cell: Japanese and English parts on separate lines, items
/// lettered "(a) ... (b) ...", or separated by "、" or ";". This splits a cell into its values.
/// </summary>
internal static partial class MofCellText
{
    /// <summary>"不明" (unknown) fills cells that have no value.</summary>
    public const string Unknown = "不明";

    /// <summary>Full-width letters, digits and brackets as their ASCII forms, so one set of patterns reads every cell.</summary>
    public static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC);

    public static bool IsUnknown(string? text) => text is null || Normalize(text).Trim() is Unknown or "-" or "";

    /// <summary>The lines of a cell, trimmed, without blank lines.</summary>
    public static IReadOnlyList<string> Lines(string text) =>
        [.. Normalize(text).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];

    /// <summary>The cell's lettered items ("(a)...(b)..."), or its lines when it has none.</summary>
    public static IReadOnlyList<string> Items(string text)
    {
        var items = new List<string>();
        foreach (var line in Lines(text))
        {
            items.AddRange(ItemMarker().Split(line).Select(item => TrimSeparators(item)).Where(item => item.Length > 0 && !IsUnknown(item)));
        }

        return items;
    }

    /// <summary>The cell's lettered items with their lines joined: for values whose details run over lines (a passport and its dates).</summary>
    public static IReadOnlyList<string> ItemsAcrossLines(string text) =>
        [.. ItemMarker().Split(string.Join(' ', Lines(text))).Select(item => TrimSeparators(item)).Where(item => item.Length > 0 && !IsUnknown(item))];

    /// <summary>Items further split at list separators: "、" and ";" always, "," only in Japanese text, where names never hold one.</summary>
    public static IReadOnlyList<string> Values(string text)
    {
        var values = new List<string>();
        foreach (var item in Items(text))
        {
            var separators = IsMostlyLatin(item) ? LatinSeparators() : JapaneseSeparators();
            values.AddRange(separators.Split(item).Select(value => TrimSeparators(value)).Where(value => value.Length > 0 && !IsUnknown(value)));
        }

        return values;
    }

    public static bool IsMostlyLatin(string text)
    {
        int latin = 0, other = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (c < 0x0250)
            {
                latin++;
            }
            else
            {
                other++;
            }
        }

        return latin > other;
    }

    public static string TrimSeparators(string value) => value.Trim(' ', '\u3000', '、', ',', ';', ':', '.', '\t', '\n', '\r');

    [GeneratedRegex(@"\(\s*[a-z]{1,2}\s*\)")]
    private static partial Regex ItemMarker();

    [GeneratedRegex(@"[、;]")]
    private static partial Regex LatinSeparators();

    [GeneratedRegex(@"[、;,]")]
    private static partial Regex JapaneseSeparators();
}
