using System.Globalization;
using System.Text;
using Screening.Domain.Model;
using Screening.Domain.Names.Normalization;

namespace Screening.Evaluation.Names;

/// <summary>
/// The Arabic-script slice of the benchmark, from a list that gives Arabic original-script names next to Latin ones
/// (the UN consolidated list): every entry's Arabic-script name is a query that must find the entry in an index of
/// the entries' Latin-script names only, the way OFAC lists them. Unlisted queries join the first word of one
/// individual's Arabic name to the last word of another's ("عبد" and "ابو" compounds kept whole), kept only if no
/// listed Arabic name has all their words (so a query that names a listed person with dropped middle names is never
/// labelled unlisted). A recombined name can still be a listed person's Latin alias ("نور احمد" is "Noor Ahmad", an
/// alias of TAi.156): such labels are wrong, and the false-positive rate of the slice is an upper bound.
/// </summary>
public static class ArabicScriptSliceBuilder
{
    public static EvaluationSet Build(IReadOnlyList<SanctionedEntity> listed, int seed = 20260227, int unlistedQueries = 300)
    {
        ArgumentNullException.ThrowIfNull(listed);
        var random = new Random(seed);
        var arabic = listed
            .Select(e => (Entity: e, Name: e.Names.FirstOrDefault(n => n.Script == "Arab")?.Value.Trim()))
            .Where(p => !string.IsNullOrEmpty(p.Name))
            .ToList();
        var queries = arabic
            .Select(p => new EvaluationQuery(p.Name!, QueryAlteration.OriginalScript, p.Entity.Id, p.Name!))
            .ToList();

        var wordSets = arabic.Select(p => Words(p.Name!).ToHashSet(StringComparer.Ordinal)).ToList();
        var people = arabic.Where(p => p.Entity.Type == EntityType.Individual).Select(p => Words(p.Name!)).Where(w => w.Length >= 2).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var attempts = 0; seen.Count < unlistedQueries && people.Count > 1 && attempts < unlistedQueries * 50; attempts++)
        {
            var given = Given(people[random.Next(people.Count)]);
            var family = Family(people[random.Next(people.Count)]);
            string[] words = [.. given, .. family];
            var text = string.Join(' ', words);
            if (words.Distinct(StringComparer.Ordinal).Count() < words.Length
                || wordSets.Exists(w => words.All(w.Contains))
                || !seen.Add(text))
            {
                continue;
            }

            queries.Add(new EvaluationQuery(text, QueryAlteration.Unlisted, null, text));
        }

        var latinOnly = listed.Select(e => e with { Names = [.. e.Names.Where(n => n.Script is null && !HasArabicLetter(n.Value))] }).ToList();
        return new EvaluationSet(latinOnly, queries, seed);
    }

    /// <summary>Words with the spelling variation of Arabic script folded ("أحمد" = "احمد"), so the label check sees one form.</summary>
    private static string[] Words(string name) =>
        [.. new string([.. name.Normalize(NormalizationForm.FormKC).Where(c => char.GetUnicodeCategory(c) != UnicodeCategory.Format)])
            .Split([' ', '\u00A0', '-', '(', ')', ',', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(ArabicLetterFoldingStep.Apply).Where(w => w.Length > 1)];

    /// <summary>The given name, with the "عبد" or "ابو" it is part of ("عبد الله", not "عبد").</summary>
    private static string[] Given(string[] words) => Compound.Contains(words[0]) ? words[..2] : words[..1];

    /// <summary>The family name, with the word before it when that makes one name ("بن لادن", "عبد الله", "سيف الدين").</summary>
    private static string[] Family(string[] words) =>
        Compound.Contains(words[^2]) || words[^2] is "بن" or "ابن" or "ولد" || words[^1] is "الله" or "الدين" ? words[^2..] : words[^1..];

    private static readonly string[] Compound = ["عبد", "ابو", "ام"];

    private static bool HasArabicLetter(string value)
    {
        foreach (var c in value)
        {
            if (c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF'))
            {
                return true;
            }
        }

        return false;
    }
}
