using Screening.Domain.Model;
using Screening.Domain.Names;
using Screening.Domain.Names.Scoring;

namespace Screening.Domain.Screening;

/// <summary>
/// Lets a katakana query reach the same person on lists that print no katakana. Japan's MOF lists each
/// party under a katakana name and an English name; when a katakana query matches a listed katakana name,
/// that entry's English name is screened as well, and what it matches is reported with the bridge named in
/// the explanation. Katakana transliterated letter by letter is too far from the lists' romanizations
/// ("ユン・ホジン" → "yun hojin" against "YUN Ho-Jin") for the name index to bridge alone.
/// </summary>
internal static class TranscriptionBridge
{
    private const string Katakana = "Kana";

    public static IReadOnlyList<NameMatch> Extend(NameIndex names, NameQuery query, IReadOnlyList<NameMatch> candidates, double matchThreshold)
    {
        var bridges = candidates
            .Where(match => match.Score >= matchThreshold && match.MatchedName.Script == Katakana && match.Entity.PrimaryName.Script is null)
            .ToList();
        if (bridges.Count == 0)
        {
            return candidates;
        }

        var best = candidates.ToDictionary(match => match.Entity.Id, StringComparer.Ordinal);
        foreach (var bridge in bridges)
        {
            var english = bridge.Entity.PrimaryName.Value;
            foreach (var reached in names.Search(query with { Name = english, IncludeBelowThreshold = false, Threshold = matchThreshold }))
            {
                // The bridged score is never above the katakana match that led to it.
                var score = Math.Min(bridge.Score, reached.Score);
                if (best.TryGetValue(reached.Entity.Id, out var existing) && existing.Score >= score)
                {
                    continue;
                }

                var reason = $"katakana query matched {bridge.Entity.Id} \"{bridge.MatchedName.Value}\", listed there as \"{english}\"";
                var explanation = reached.Explanation with
                {
                    Adjustments = [.. reached.Explanation.Adjustments, new ScoreAdjustment(reason, score - reached.Score)],
                    FinalScore = score,
                };
                best[reached.Entity.Id] = reached with { Score = score, Explanation = explanation };
            }
        }

        return [.. best.Values.OrderByDescending(match => match.Score).ThenBy(match => match.Entity.Id, StringComparer.Ordinal)];
    }
}
