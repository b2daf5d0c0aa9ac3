using Screening.Domain.Model;

namespace Screening.Evaluation.Names;

/// <summary>
/// Listed SDN individuals' Latin names written in katakana by <see cref="LatinToKatakana"/>, each of which must find its
/// entry. Japanese media write a foreign name given name first ("ウラジミル・プチン" for "PUTIN, Vladimir") but a Korean
/// one family name first with the given name as one word ("キム・ジョンウン" for "KIM, Jong Un"), so the DPRK
/// programmes' designees are written that way. Deterministic for a seed; one entry per query.
/// </summary>
public static class KatakanaSpellingQueries
{
    public static IReadOnlyList<EvaluationQuery> Build(IReadOnlyList<SanctionedEntity> listed, int count, int seed)
    {
        var people = ListedPeople.LatinShuffled(listed, seed);
        return [.. people.Take(count).Select(person =>
        {
            var primary = person.PrimaryName.Value;
            return new EvaluationQuery(LatinToKatakana.Write(JapaneseOrder(person)), QueryAlteration.KatakanaSpelling, person.Id, primary);
        })];
    }

    /// <summary>"PUTIN, Vladimir" → "Vladimir PUTIN"; "KIM, Jong Un" (a DPRK designee) → "KIM Jong-Un".</summary>
    private static string JapaneseOrder(SanctionedEntity person)
    {
        var primary = person.PrimaryName.Value;
        var comma = primary.IndexOf(',', StringComparison.Ordinal);
        var family = primary[..comma].Trim();
        var given = primary[(comma + 1)..].Trim();
        return person.Programs.Any(p => p.StartsWith("DPRK", StringComparison.Ordinal))
            ? $"{family} {given.Replace(' ', '-')}"
            : $"{given} {family}";
    }
}
