using Screening.Domain.Model;

namespace Screening.Domain.Names.Evaluation;

/// <summary>
/// The Arabic-script slice of the benchmark, from a list that gives Arabic original-script names next to Latin ones
/// (the UN consolidated list): every entry's Arabic-script name is a query that must find the entry in an index of
/// the entries' Latin-script names only, the way OFAC lists them. Unlisted queries join the first word of one
/// individual's Arabic name to the last word of another's, kept only if no listed Arabic name has both words
/// (so a query that names a listed person with dropped middle names is never labelled unlisted).
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
            var given = people[random.Next(people.Count)][0];
            var family = people[random.Next(people.Count)][^1];
            var text = given + " " + family;
            if (given == family || wordSets.Exists(w => w.Contains(given) && w.Contains(family)) || !seen.Add(text))
            {
                continue;
            }

            queries.Add(new EvaluationQuery(text, QueryAlteration.Unlisted, null, text));
        }

        var latinOnly = listed.Select(e => e with { Names = [.. e.Names.Where(n => n.Script is null && !HasArabicLetter(n.Value))] }).ToList();
        return new EvaluationSet(latinOnly, queries, seed);
    }

    private static string[] Words(string name) => name.Split([' ', '\u00A0', '-', '(', ')', ',', '.'], StringSplitOptions.RemoveEmptyEntries);

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
