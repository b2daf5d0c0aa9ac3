using System.Collections.Frozen;
using Screening.Domain.Model;
using Screening.Domain.Names.Index;
using Screening.Domain.Names.Normalization;
using Screening.Domain.Names.Scoring;

namespace Screening.Domain.Names;

/// <summary>
/// Immutable fuzzy-name index over every name and alias of a list version, built once per version.
/// <see cref="Search"/> is thread-safe: the index is never mutated after <see cref="Build"/>.
/// </summary>
public sealed class NameIndex
{
    private readonly SanctionedEntity[] entities;
    private readonly EntityQualifiers[] qualifiers;
    private readonly IndexedName[] names;
    private readonly TokenVocabulary vocabulary;
    private readonly IReadOnlyDictionary<string, int[]> joinedPairs;

    private NameIndex(
        SanctionedEntity[] entities,
        EntityQualifiers[] qualifiers,
        IndexedName[] names,
        TokenVocabulary vocabulary,
        IReadOnlyDictionary<string, int[]> joinedPairs,
        NameMatchingOptions options)
    {
        this.entities = entities;
        this.qualifiers = qualifiers;
        this.names = names;
        this.vocabulary = vocabulary;
        this.joinedPairs = joinedPairs;
        Options = options;
        ApproximateMemoryBytes = MemoryEstimate.Of(names, vocabulary, joinedPairs, entities.Length);
    }

    public NameMatchingOptions Options { get; }

    public int EntityCount => entities.Length;

    /// <summary>Indexed names: every primary name, alias and original-script name with at least one token.</summary>
    public int NameCount => names.Length;

    public int TokenCount => vocabulary.Tokens.Length;

    /// <summary>
    /// Estimated managed memory held by the index structures (tokens, postings, lookups), excluding the
    /// <see cref="SanctionedEntity"/> objects themselves, which the caller owns anyway.
    /// </summary>
    public long ApproximateMemoryBytes { get; }

    public static NameIndex Build(IEnumerable<SanctionedEntity> entities, NameMatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(entities);
        options ??= NameMatchingOptions.Default;
        var entityArray = entities.ToArray();
        var qualifierArray = new EntityQualifiers[entityArray.Length];
        var tokenIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var tokenList = new List<NameToken>();
        var rawNames = new List<(int Entity, int Name, int[] Tokens)>();
        for (var e = 0; e < entityArray.Length; e++)
        {
            var entity = entityArray[e] ?? throw new ArgumentException($"Entity at position {e} is null.", nameof(entities));
            qualifierArray[e] = EntityQualifiers.For(entity);
            var entityNames = NamesOf(entity);
            for (var k = 0; k < entityNames.Count; k++)
            {
                var normalized = NameNormalizer.Normalize(entityNames[k].Value, entity.Type == EntityType.Individual);
                if (normalized.Count == 0)
                {
                    continue;
                }

                var ids = new int[normalized.Count];
                for (var t = 0; t < normalized.Count; t++)
                {
                    if (!tokenIds.TryGetValue(normalized[t].Text, out var id))
                    {
                        id = tokenList.Count;
                        tokenIds[normalized[t].Text] = id;
                        tokenList.Add(normalized[t]);
                    }

                    ids[t] = id;
                }

                rawNames.Add((e, k, ids));
            }
        }

        var tokens = tokenList.ToArray();
        var postingLists = new List<int>[tokens.Length];
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var joined = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var n = 0; n < rawNames.Count; n++)
        {
            var ids = rawNames[n].Tokens;
            foreach (var key in ids.Select(id => tokens[id].Key).Distinct(StringComparer.Ordinal))
            {
                documentFrequency[key] = documentFrequency.GetValueOrDefault(key) + 1;
            }

            foreach (var id in ids)
            {
                var list = postingLists[id] ??= [];
                if (list.Count == 0 || list[^1] != n)
                {
                    list.Add(n);
                }
            }

            for (var t = 0; t + 1 < ids.Length; t++)
            {
                var (first, second) = (tokens[ids[t]], tokens[ids[t + 1]]);
                foreach (var key in new[] { first.Key + second.Key, first.Text + second.Text })
                {
                    if (!joined.TryGetValue(key, out var list))
                    {
                        joined[key] = list = [];
                    }

                    if (list.Count == 0 || list[^1] != n)
                    {
                        list.Add(n);
                    }
                }
            }
        }

        var nameTotal = Math.Max(1, rawNames.Count);
        var keyWeights = documentFrequency.ToDictionary(
            p => p.Key, p => (float)Math.Log(1.0 + ((double)nameTotal / p.Value)), StringComparer.Ordinal);
        var weights = new float[tokens.Length];
        for (var t = 0; t < tokens.Length; t++)
        {
            var weight = keyWeights[tokens[t].Key];
            weights[t] = tokens[t].IsWeak ? (float)(weight * options.WeakTokenWeightFactor) : weight;
        }

        var vocabulary = new TokenVocabulary(
            tokens,
            weights,
            [.. postingLists.Select(p => p?.ToArray() ?? [])],
            keyWeights,
            (float)Math.Log(1.0 + nameTotal),
            options.MinimumTypoTokenLength);
        var indexedNames = rawNames
            .Select(r => new IndexedName(
                r.Entity, r.Name, r.Tokens, r.Tokens.Sum(id => weights[id]), NamesOf(entityArray[r.Entity])[r.Name].Strength,
                entityArray[r.Entity].Type == EntityType.Individual))
            .ToArray();
        var joinedPairs = joined.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal)
            .ToFrozenDictionary(StringComparer.Ordinal);
        return new NameIndex(entityArray, qualifierArray, indexedNames, vocabulary, joinedPairs, options);
    }

    /// <summary>
    /// Screens one name. Returns at most <see cref="NameQuery.Limit"/> entities, best first, each with the
    /// name that matched best; only scores at or above the threshold unless <see cref="NameQuery.IncludeBelowThreshold"/>.
    /// </summary>
    /// <exception cref="InvalidNameQueryException">The query is empty, has no letters or digits, or has a bad limit, threshold or country.</exception>
    public IReadOnlyList<NameMatch> Search(NameQuery query) => Search(query, null);

    /// <summary>
    /// Marks the entities a <see cref="Search(NameQuery, NameScope?)"/> may return, by id. Ids this index does not hold
    /// are ignored.
    /// </summary>
    public NameScope Scope(IEnumerable<string> entityIds)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        var wanted = entityIds.ToHashSet(StringComparer.Ordinal);
        var allowed = new bool[entities.Length];
        for (var e = 0; e < entities.Length; e++)
        {
            allowed[e] = wanted.Contains(entities[e].Id);
        }

        return new NameScope(this, allowed);
    }

    /// <summary>
    /// Screens one name as <see cref="Search(NameQuery)"/> does, returning only entities inside <paramref name="scope"/>.
    /// Candidates are collected and scored over the whole index (same token weights, same scores); the scope only
    /// decides which of them compete for the candidate pool, so a scoped entity the unscoped search returns is always
    /// returned here with the same score (it can only gain rank).
    /// </summary>
    public IReadOnlyList<NameMatch> Search(NameQuery query, NameScope? scope)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (scope is not null && !ReferenceEquals(scope.Index, this))
        {
            throw new ArgumentException("The scope was made by another index.", nameof(scope));
        }

        NameQueryValidator.Validate(query);
        var tokens = NameNormalizer.Normalize(query.Name, query.Type is null or EntityType.Individual);
        if (tokens.Count == 0)
        {
            throw new InvalidNameQueryException($"The name '{query.Name}' contains no letters or digits to match.", nameof(query));
        }

        var context = ContextFor(tokens);
        Func<int, bool> typeAllowed = (query.Type, scope) switch
        {
            ({ } type, { } within) => e => within.Contains(e) && entities[e].Type == type,
            ({ } type, null) => e => entities[e].Type == type,
            (null, { } within) => within.Contains,
            _ => static _ => true,
        };
        var candidates = CandidateCollector.Collect(context, names, typeAllowed, joinedPairs, Options.CandidatePoolSize, Options.CommonTokenPostings);
        var threshold = query.Threshold ?? Options.MatchThreshold;

        // Score every candidate cheaply, keep each entity's best name, and explain only what is returned. The pool is a
        // dozen names, so a linear scan finds an entity's earlier entry faster than a dictionary.
        Span<EntityBest> best = candidates.Length <= 64 ? stackalloc EntityBest[candidates.Length] : new EntityBest[candidates.Length];
        var entityCount = 0;
        foreach (var candidate in candidates)
        {
            var indexed = names[candidate];
            var score = Adjust(query, indexed, NameScorer.Score(context, indexed.TokenIds, indexed.Individual, explain: false), null);
            var at = 0;
            while (at < entityCount && best[at].Entity != indexed.EntityIndex)
            {
                at++;
            }

            if (at == entityCount)
            {
                best[entityCount++] = new EntityBest(indexed.EntityIndex, candidate, score, at);
            }
            else if (score > best[at].Score || (score == best[at].Score && candidate < best[at].Name))
            {
                best[at] = best[at] with { Name = candidate, Score = score };
            }
        }

        // Best score first, then entity id; an entity's first appearance breaks any remaining tie, as a stable sort would.
        var kept = 0;
        for (var b = 0; b < entityCount; b++)
        {
            if (query.IncludeBelowThreshold || best[b].Score >= threshold)
            {
                best[kept++] = best[b];
            }
        }

        var ranked = best[..kept];
        ranked.Sort((x, y) => Rank(x, y));
        var matches = new List<NameMatch>(query.Limit);
        foreach (var (_, candidate, _, _) in ranked[..Math.Min(kept, query.Limit)])
        {
            var indexed = names[candidate];
            var entity = entities[indexed.EntityIndex];
            var name = NamesOf(entity)[indexed.NameIndexInEntity];
            var nameScore = NameScorer.Score(context, indexed.TokenIds, indexed.Individual, explain: true);
            var adjustments = new List<ScoreAdjustment>(3);
            var final = Adjust(query, indexed, nameScore, adjustments);
            var explanation = new NameMatchExplanation(
                name.Value, !name.IsPrimary, name.Strength, nameScore.Alignment, nameScore.Score, adjustments, final);
            matches.Add(new NameMatch(entity, name, final, explanation));
        }

        context.Release();
        return matches;
    }

    /// <summary>A normalized query against this index's vocabulary, as <see cref="Search(NameQuery, NameScope?)"/> scores it (tests look inside).</summary>
    internal QueryContext ContextFor(IReadOnlyList<NameToken> tokens) => new(tokens, vocabulary, Options);

    private int Rank(EntityBest x, EntityBest y)
    {
        var byScore = y.Score.CompareTo(x.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byId = string.CompareOrdinal(entities[x.Entity].Id, entities[y.Entity].Id);
        return byId != 0 ? byId : x.FirstSeen.CompareTo(y.FirstSeen);
    }

    /// <summary>An entity's best-scoring candidate name so far, and when the entity was first met (the last tie-break).</summary>
    private readonly record struct EntityBest(int Entity, int Name, double Score, int FirstSeen);

    /// <summary>The final score: the name score with the in-order bonus, the replaced-word cap, the weak-alias factor and the qualifiers applied.</summary>
    private double Adjust(NameQuery query, IndexedName indexed, in NameScore scored, List<ScoreAdjustment>? explained)
    {
        var nameScore = scored.Score + scored.InOrderBonus;
        // An initial stands for a person's name ("Hans J Friedrich"); a company is not named by the initial of its
        // distinctive word, so "SERB ROYAL FZE" meeting "ROYAL S :" through S is another company, as a replaced word is.
        var companyInitial = scored.Initial is not null && !indexed.Individual;
        var capped = (scored.ReplacedWord is not null || companyInitial) && nameScore > Options.ReplacedWordScoreCap;
        if (explained is null && !capped && (indexed.Strength == NameStrength.Strong || nameScore >= 1) && query.DateOfBirth is null && query.Country is null)
        {
            return nameScore;
        }

        var adjustments = explained ?? [];
        if (scored.InOrderBonus > 0)
        {
            adjustments.Add(new ScoreAdjustment(
                $"every query word found in order: the listed words it leaves out cost {Options.InOrderUnmatchedListedTokenPenalty.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}, not {Options.UnmatchedListedTokenPenalty.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}",
                scored.InOrderBonus));
        }

        if (capped && scored.ReplacedWord is var (queryWord, listedWord))
        {
            adjustments.Add(new ScoreAdjustment(
                $"word replaced ({queryWord} / {listedWord}): another party, capped at {Options.ReplacedWordScoreCap.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}",
                Options.ReplacedWordScoreCap - nameScore));
        }
        else if (capped && scored.Initial is var (queryInitialWord, listedInitialWord))
        {
            adjustments.Add(new ScoreAdjustment(
                $"word met only by its initial ({queryInitialWord} / {listedInitialWord}) in a company's name: another party, capped at {Options.ReplacedWordScoreCap.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}",
                Options.ReplacedWordScoreCap - nameScore));
        }

        // A weak alias is broad, so a resemblance to it is weaker evidence than the same resemblance to a strong name;
        // a query that spells every token of it exactly is the listed name itself, and must not rank below another
        // entity's near match ("AL-AMIN, Ibrahim", SDN 24519's weak alias, under "IBRAHIM, Amin" at 0.984).
        if (indexed.Strength == NameStrength.Weak && nameScore < 1)
        {
            var beforeFactor = capped ? Options.ReplacedWordScoreCap : nameScore;
            adjustments.Add(new ScoreAdjustment("weak alias", -(1 - Options.WeakAliasFactor) * beforeFactor));
        }

        QualifierScorer.Apply(query, qualifiers[indexed.EntityIndex], Options, adjustments);
        var total = scored.Score;
        foreach (var adjustment in adjustments)
        {
            total += adjustment.Delta;
        }

        return Math.Clamp(total, 0, 1);
    }

    private static IReadOnlyList<EntityName> NamesOf(SanctionedEntity entity) =>
        entity.Names.Count > 0 ? entity.Names : [entity.PrimaryName];
}
