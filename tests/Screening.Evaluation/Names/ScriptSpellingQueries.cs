using Screening.Domain.Model;

namespace Screening.Evaluation.Names;

/// <summary>
/// Queries for scripts the lists give (almost) no names in: listed individuals' Latin names ("First LAST"), written in
/// Greek, Armenian, Georgian, Hebrew and Devanagari by <see cref="LatinToScript"/>, each of which must find its entry.
/// Deterministic for a seed; one entry per query.
/// </summary>
public static class ScriptSpellingQueries
{
    public static readonly QueryAlteration[] Scripts =
    [
        QueryAlteration.GreekSpelling, QueryAlteration.ArmenianSpelling, QueryAlteration.GeorgianSpelling,
        QueryAlteration.HebrewSpelling, QueryAlteration.DevanagariSpelling,
    ];

    public static IReadOnlyList<EvaluationQuery> Build(IReadOnlyList<SanctionedEntity> listed, int perScript, int seed)
    {
        var people = ListedPeople.LatinShuffled(listed, seed);
        var queries = new List<EvaluationQuery>(perScript * Scripts.Length);
        var next = 0;
        foreach (var script in Scripts)
        {
            for (var q = 0; q < perScript && next < people.Count; q++, next++)
            {
                var primary = people[next].PrimaryName.Value;
                var comma = primary.IndexOf(',', StringComparison.Ordinal);
                var natural = $"{primary[(comma + 1)..].Trim()} {primary[..comma].Trim()}";
                queries.Add(new EvaluationQuery(LatinToScript.Write(natural, script), script, people[next].Id, primary));
            }
        }

        return queries;
    }
}
