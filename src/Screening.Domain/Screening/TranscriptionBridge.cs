using System.Collections.Frozen;
using Screening.Domain.Model;
using Screening.Domain.Names;
using Screening.Domain.Names.Scoring;

namespace Screening.Domain.Screening;

/// <summary>
/// Lets a katakana query reach the same person on lists that print no katakana. Japan's MOF lists each
/// party under a katakana name and an English name; when a katakana query matches a listed katakana name,
/// the listings that entry's English name matches are reported as well, with the bridge named in the explanation.
/// Katakana transliterated letter by letter is too far from the lists' romanizations ("ユン・ホジン" → "yun hojin"
/// against "YUN Ho-Jin") for the name index to bridge alone.
/// What each English name reaches is searched once, when the index is built (the ten best listings by name, with
/// their qualifiers), not once per katakana match at query time: the query's own date of birth, country, type and
/// threshold are applied to those listings when it is screened.
/// </summary>
internal sealed class TranscriptionBridge
{
    private const string Katakana = "Kana";

    /// <summary>How many listings of each English name are kept: a query's limit beyond this gets no more bridged ones.</summary>
    internal const int ReachedPerName = 10;

    private readonly FrozenDictionary<string, Reached[]> reachedByEntity;
    private readonly NameMatchingOptions options;

    private TranscriptionBridge(FrozenDictionary<string, Reached[]> reachedByEntity, NameMatchingOptions options)
    {
        this.reachedByEntity = reachedByEntity;
        this.options = options;
    }

    /// <summary>The entries that can bridge: a katakana name and an English primary name.</summary>
    public int BridgeCount => reachedByEntity.Count;

    public static TranscriptionBridge Build(NameIndex names, IEnumerable<SanctionedEntity> entities) =>
        Build(names.Search, names.Options, entities);

    /// <summary>
    /// Builds the bridge with <paramref name="searchByName"/> as the name search: every search it makes is made here,
    /// none later by <see cref="Extend"/> (a test counts them).
    /// </summary>
    internal static TranscriptionBridge Build(Func<NameQuery, IReadOnlyList<NameMatch>> searchByName, NameMatchingOptions options, IEnumerable<SanctionedEntity> entities)
    {
        var reached = new Dictionary<string, Reached[]>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (entity.PrimaryName.Script is not null || !entity.Names.Any(name => name.Script == Katakana))
            {
                continue;
            }

            IReadOnlyList<NameMatch> matches;
            try
            {
                matches = searchByName(new NameQuery(entity.PrimaryName.Value, Limit: ReachedPerName, IncludeBelowThreshold: true));
            }
            catch (InvalidNameQueryException)
            {
                // An English name that is no query (blank, only punctuation or a legal form, too long) bridges to
                // nothing; one such entry must not stop the whole index from being built.
                continue;
            }

            reached[entity.Id] = [.. matches.Select(match => new Reached(match, EntityQualifiers.For(match.Entity)))];
        }

        return new TranscriptionBridge(reached.ToFrozenDictionary(StringComparer.Ordinal), options);
    }

    /// <summary>
    /// The katakana-listed entries whose English name reaches one of <paramref name="entityIds"/>: a name that matches
    /// one of them by its katakana name (a kana query, or a Latin one written as the katakana reads) may be bridged to
    /// those entities, so a search limited to <paramref name="entityIds"/> must let these compete too.
    /// </summary>
    public IEnumerable<string> SourcesReaching(IReadOnlySet<string> entityIds)
    {
        foreach (var (source, reached) in reachedByEntity)
        {
            foreach (var (match, _) in reached)
            {
                if (entityIds.Contains(match.Entity.Id))
                {
                    yield return source;
                    break;
                }
            }
        }
    }

    /// <summary>What the English name of <paramref name="entityId"/> reaches, by name alone (for tests and diagnostics).</summary>
    internal IReadOnlyList<NameMatch> ReachedFrom(string entityId) =>
        reachedByEntity.TryGetValue(entityId, out var reached) ? [.. reached.Select(r => r.Match)] : [];

    public IReadOnlyList<NameMatch> Extend(NameQuery query, IReadOnlyList<NameMatch> candidates, double matchThreshold)
    {
        var bridges = candidates
            .Where(match => match.Score >= matchThreshold && match.MatchedName.Script == Katakana && reachedByEntity.ContainsKey(match.Entity.Id))
            .ToList();
        if (bridges.Count == 0)
        {
            return candidates;
        }

        var best = candidates.ToDictionary(match => match.Entity.Id, StringComparer.Ordinal);
        foreach (var bridge in bridges)
        {
            var english = bridge.Entity.PrimaryName.Value;
            foreach (var (reached, qualifiers) in reachedByEntity[bridge.Entity.Id])
            {
                if (query.Type is { } type && reached.Entity.Type != type)
                {
                    continue;
                }

                // The query's date of birth and country against the listing reached, as a search of the English name would apply them.
                var qualified = new List<ScoreAdjustment>(2);
                QualifierScorer.Apply(query, qualifiers, options, qualified);
                var reachedScore = Math.Clamp(reached.Score + qualified.Sum(adjustment => adjustment.Delta), 0, 1);
                if (reachedScore < matchThreshold)
                {
                    continue;
                }

                // The bridged score is never above the katakana match that led to it.
                var score = Math.Min(bridge.Score, reachedScore);
                if (best.TryGetValue(reached.Entity.Id, out var existing) && existing.Score >= score)
                {
                    continue;
                }

                var reason = $"katakana query matched {bridge.Entity.Id} \"{bridge.MatchedName.Value}\", listed there as \"{english}\"";
                var explanation = reached.Explanation with
                {
                    Adjustments = [.. reached.Explanation.Adjustments, .. qualified, new ScoreAdjustment(reason, score - reachedScore)],
                    FinalScore = score,
                };
                best[reached.Entity.Id] = reached with { Score = score, Explanation = explanation };
            }
        }

        return [.. best.Values.OrderByDescending(match => match.Score).ThenBy(match => match.Entity.Id, StringComparer.Ordinal)];
    }

    private readonly record struct Reached(NameMatch Match, EntityQualifiers Qualifiers);
}
