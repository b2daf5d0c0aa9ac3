using System.Text.RegularExpressions;
using Screening.Domain.Model;
using Screening.Domain.Sources.Common;

namespace Screening.Domain.Sources.MofExcel;

/// <summary>
/// Names from a MOF entry: the English name as primary, the Japanese (katakana) name and any
/// "original script" name as original-script names, and the aliases of the alias columns, where a
/// Japanese alias and its English form often share one item ("フランク・カコレレ（FRANK KAKORERE）").
/// </summary>
internal static partial class MofNames
{
    /// <summary>Labels the MOF puts before aliases, not part of any name.</summary>
    private static readonly string[] Labels = ["a.k.a.", "a.k.a", "f.k.a.", "f.k.a", "(別称)", "(旧称)", "(別名)", "別称", "旧称", "別名"];

    /// <summary>
    /// Every name of an entry: the English name as primary, then any original-script name given with it, the
    /// katakana name, and the aliases. Names that differ only in case are kept once.
    /// </summary>
    public static (EntityName Primary, List<EntityName> All) OfEntry(string? english, string? japanese, IEnumerable<(string Cell, NameStrength Strength)> aliasCells)
    {
        var aliases = aliasCells.SelectMany(cell => Aliases(cell.Cell, cell.Strength)).ToList();

        // One entry has its English name in the alias column; its first Latin alias stands in.
        var primary = english is not null
            ? Primary(english)
            : aliases.FirstOrDefault(alias => alias.Script is null && alias.Strength == NameStrength.Strong) is { } latin
                ? latin with { IsPrimary = true }
                : OriginalScriptName(MofCellText.Normalize(japanese!)) with { IsPrimary = true };
        var names = new List<EntityName> { primary };
        if (english is not null && OriginalScriptOf(english) is { } originalScript)
        {
            names.Add(OriginalScriptName(originalScript));
        }

        if (japanese is not null)
        {
            // The katakana name is the MOF's own transcription: an original-script name like the UN's, found directly by a katakana query.
            names.Add(OriginalScriptName(MofCellText.Normalize(japanese)));
        }

        names.AddRange(aliases);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return (primary, [.. names.Where(name => seen.Add(name.Value))]);
    }

    public static EntityName Primary(string english) =>
        new(CleanName(OriginalScript().Replace(MofCellText.Normalize(english), string.Empty)), NameStrength.Strong, IsPrimary: true);

    /// <summary>The Arabic or other script the MOF adds to some English names as "(original script: ...)".</summary>
    public static string? OriginalScriptOf(string english) =>
        OriginalScript().Match(MofCellText.Normalize(english)) is { Success: true } match ? TextValues.NullIfBlank(match.Groups["name"].Value) : null;

    public static EntityName OriginalScriptName(string name) =>
        new(name.Trim(), NameStrength.Strong, Script: ScriptDetector.Detect(name));

    /// <summary>Every alias of an alias cell, Japanese and English alike.</summary>
    public static IEnumerable<EntityName> Aliases(string cell, NameStrength strength)
    {
        foreach (var value in MofCellText.Values(cell))
        {
            foreach (var name in SplitPair(StripLabels(CleanName(value))))
            {
                var cleaned = CleanName(name);
                if (IsName(cleaned))
                {
                    yield return new EntityName(cleaned, strength, Script: ScriptDetector.Detect(cleaned));
                }
            }
        }
    }

    /// <summary>"ジャパニーズ(ENGLISH)": the Japanese name and the Latin name in its trailing brackets.</summary>
    private static IEnumerable<string> SplitPair(string value)
    {
        var match = TrailingBrackets().Match(value);
        if (match.Success && MofCellText.IsMostlyLatin(match.Groups["inner"].Value) && !MofCellText.IsMostlyLatin(match.Groups["outer"].Value))
        {
            yield return match.Groups["outer"].Value;
            yield return match.Groups["inner"].Value;
        }
        else
        {
            yield return value;
        }
    }

    private static string StripLabels(string value)
    {
        var text = value.Trim();
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var label in Labels)
            {
                if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase))
                {
                    text = MofCellText.TrimSeparators(text[label.Length..]);
                    changed = true;
                }
            }
        }

        return text;
    }

    /// <summary>Unbalanced brackets left by splitting ("(Ahmed Garbaya" ... "Samir Salwwan)") and stray separators.</summary>
    private static string CleanName(string name)
    {
        var text = MofCellText.TrimSeparators(name);
        while (text.Length > 0 && (text[0] is '(' or '「' or '“' || text[^1] is ')' or '」' or '”') && !IsBalanced(text))
        {
            text = MofCellText.TrimSeparators(text.Trim('(', ')', '「', '」', '“', '”'));
        }

        if (text.StartsWith('(') && text.EndsWith(')') && IsBalanced(text[1..^1]))
        {
            text = MofCellText.TrimSeparators(text[1..^1]);
        }

        return text;
    }

    private static bool IsBalanced(string text) => text.Count(c => c == '(') == text.Count(c => c == ')');

    /// <summary>Skips fragments that are not names: unknowns, single letters, document numbers kept in alias cells.</summary>
    private static bool IsName(string text) =>
        text.Length >= 2 && !MofCellText.IsUnknown(text) && !text.Contains("旅券", StringComparison.Ordinal) && !text.Contains("番号", StringComparison.Ordinal);

    [GeneratedRegex(@"\(?\s*original script\s*:\s*(?<name>[^)]+)\)?", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalScript();

    [GeneratedRegex(@"^(?<outer>[^(]+)\((?<inner>.+)\)$")]
    private static partial Regex TrailingBrackets();
}
