using System.Text;
using Screening.Domain.Model;
using Screening.Domain.Names.Normalization;

namespace Screening.Evaluation.Names;

/// <summary>
/// Builds the labelled name-matching benchmark deterministically from a real list (fixed seed):
/// the list's entities padded to <see cref="EvaluationSetOptions.EntityCount"/> with synthetic entities whose
/// names recombine listed tokens; altered list names (ten alterations, equal shares) that must find their
/// entity; unlisted person names built from a listed given name and another listed family name, kept only
/// if no indexed name contains all of their tokens (such a name would be a listed person with a dropped token);
/// near-miss company names, listed company names with one distinctive word replaced; Korean names in Hangul and
/// Revised Romanization; and listed persons written in five other scripts and in katakana. Every kind is reported
/// per kind and counted in the overall figures.
/// </summary>
public static class EvaluationSetBuilder
{
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static readonly QueryAlteration[] Alterations =
    [
        QueryAlteration.Exact, QueryAlteration.CaseAndPunctuation, QueryAlteration.OneTypo, QueryAlteration.TwoTypos,
        QueryAlteration.TokenReordering, QueryAlteration.DroppedMiddleToken, QueryAlteration.Alias,
        QueryAlteration.Joined, QueryAlteration.Split, QueryAlteration.LowercaseJoined,
    ];

    public static EvaluationSet Build(IReadOnlyList<SanctionedEntity> listed, EvaluationSetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(listed);
        options ??= new EvaluationSetOptions();
        var random = new Random(options.Seed);
        var individuals = listed.Where(e => e.Type == EntityType.Individual && e.PrimaryName.Value.Contains(',', StringComparison.Ordinal)).ToList();
        var givenNames = individuals.Select(e => Given(e.PrimaryName.Value)).Where(g => g.Length > 0).ToList();
        var familyNames = individuals.Select(e => Family(e.PrimaryName.Value)).Where(f => f.Length > 0).ToList();
        if (givenNames.Count == 0 || familyNames.Count == 0)
        {
            throw new ArgumentException("The list has no individuals in 'LAST, First' form to build person names from.", nameof(listed));
        }

        var known = new HashSet<string>(listed.SelectMany(NamesOf).Select(n => Signature(n.Value)), StringComparer.Ordinal);
        var entities = new List<SanctionedEntity>(listed);
        entities.AddRange(Synthetic(listed, givenNames, familyNames, options.EntityCount - listed.Count, known, random));
        var owners = entities
            .SelectMany(e => NamesOf(e).Select(n => (Signature: StrongSignature(n.Value), e.Id)))
            .GroupBy(p => p.Signature, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Id).Distinct().ToList(), StringComparer.Ordinal);

        var names = new IndexedNameKeys(entities);
        var queries = new List<EvaluationQuery>(options.AlteredQueries + options.UnlistedQueries);
        queries.AddRange(Altered(listed, owners, names, options.AlteredQueries, random));
        queries.AddRange(Unlisted(names, givenNames, familyNames, options.UnlistedQueries, random));
        queries.AddRange(NearMissCompanies(listed, owners, names, options.NearMissCompanies, random));
        queries.AddRange(KoreanSpellings(listed, owners, options.KoreanQueries, random));

        // Their own seeds, so the kinds above stay the same queries whatever these counts are.
        queries.AddRange(Marked(ScriptSpellingQueries.Build(listed, options.ScriptQueriesPerScript, options.Seed + 1), owners));
        queries.AddRange(Marked(KatakanaSpellingQueries.Build(listed, options.KatakanaQueries, options.Seed + 2), owners));
        return new EvaluationSet(entities, queries, options.Seed);
    }

    private static IEnumerable<SanctionedEntity> Synthetic(
        IReadOnlyList<SanctionedEntity> listed, List<string> givenNames, List<string> familyNames, int count, HashSet<string> known, Random random)
    {
        var organisationWords = listed.Where(e => e.Type == EntityType.Entity)
            .SelectMany(e => e.PrimaryName.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var vesselWords = listed.Where(e => e.Type is EntityType.Vessel or EntityType.Aircraft)
            .SelectMany(e => e.PrimaryName.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var produced = 0;
        var attempts = 0;
        while (produced < count && attempts++ < count * 20)
        {
            var roll = random.NextDouble();
            var (type, name) = roll switch
            {
                < 0.51 => (EntityType.Individual, $"{Pick(familyNames, random)}, {Pick(givenNames, random)}"),
                < 0.92 => (EntityType.Entity, string.Join(' ', Enumerable.Range(0, random.Next(2, 5)).Select(_ => Pick(organisationWords, random)))),
                < 0.97 => (EntityType.Vessel, string.Join(' ', Enumerable.Range(0, random.Next(1, 3)).Select(_ => Pick(vesselWords, random)))),
                _ => (EntityType.Aircraft, string.Join(' ', Enumerable.Range(0, random.Next(1, 3)).Select(_ => Pick(vesselWords, random)))),
            };

            if (!known.Add(Signature(name)))
            {
                continue;
            }

            produced++;
            var primary = new EntityName(name, NameStrength.Strong, IsPrimary: true);
            yield return new SanctionedEntity
            {
                Id = $"synthetic:{produced}",
                Source = "synthetic",
                Type = type,
                PrimaryName = primary,
                Names = [primary],
            };
        }
    }

    /// <summary>
    /// Altered names that spell another entity's listed name (same tokens up to romanization, legal forms,
    /// titles and particles) are kept but marked <see cref="EvaluationQuery.NamesAnotherEntity"/>: the query then
    /// names that other entity too, and a tie at the top still counts as rank 1. For the same reason a name with a
    /// dropped token is marked when its tokens also all occur in another entity's name. The session-1 label rules
    /// skipped both; the report shows them as a second column.
    /// </summary>
    private static IEnumerable<EvaluationQuery> Altered(
        IReadOnlyList<SanctionedEntity> listed, Dictionary<string, List<string>> owners, IndexedNameKeys names, int count, Random random)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var q = 0; q < count; q++)
        {
            var alteration = Alterations[q % Alterations.Length];
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                var entity = listed[random.Next(listed.Count)];
                if (used.Contains(entity.Id))
                {
                    continue;
                }

                var text = Alter(entity, alteration, random);
                if (text is null)
                {
                    continue;
                }

                var namesAnother = SpelledByAnother(owners, text, entity.Id)
                    || (alteration == QueryAlteration.DroppedMiddleToken
                        && names.EntitiesContaining(StrongKeys(text), nearly: false).Any(id => id != entity.Id));
                used.Add(entity.Id);
                yield return new EvaluationQuery(
                    text, alteration, entity.Id, alteration == QueryAlteration.Alias ? text : entity.PrimaryName.Value, namesAnother);
                break;
            }
        }
    }

    /// <summary>A spelling of a listed name that another entity's name spells too names that entity as well.</summary>
    private static IEnumerable<EvaluationQuery> Marked(IEnumerable<EvaluationQuery> queries, Dictionary<string, List<string>> owners) =>
        queries.Select(q => q with
        {
            NamesAnotherEntity = SpelledByAnother(owners, q.SourceName, q.ExpectedEntityId),
        });

    /// <summary>Whether another entity than <paramref name="entityId"/> owns a listed name spelled as <paramref name="name"/> is (by strong signature).</summary>
    private static bool SpelledByAnother(Dictionary<string, List<string>> owners, string name, string? entityId) =>
        owners.TryGetValue(StrongSignature(name), out var ids) && ids.Any(id => id != entityId);

    private static string? Alter(SanctionedEntity entity, QueryAlteration alteration, Random random)
    {
        var primary = entity.PrimaryName.Value;
        var natural = entity.Type == EntityType.Individual && primary.Contains(',', StringComparison.Ordinal)
            ? $"{Given(primary)} {Family(primary)}".Trim()
            : primary;
        var words = natural.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        switch (alteration)
        {
            case QueryAlteration.Exact:
                return primary;
            case QueryAlteration.CaseAndPunctuation:
                return ChangeCaseAndPunctuation(natural, random);
            case QueryAlteration.OneTypo:
                return Typos(words, 1, random);
            case QueryAlteration.TwoTypos:
                return Typos(words, 2, random);
            case QueryAlteration.TokenReordering:
                if (words.Count < 2)
                {
                    return null;
                }

                var shuffled = words.ToList();
                while (shuffled.SequenceEqual(words))
                {
                    random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
                }

                return string.Join(' ', shuffled);
            case QueryAlteration.DroppedMiddleToken:
                if (words.Count < 3)
                {
                    return null;
                }

                words.RemoveAt(random.Next(1, words.Count - 1));
                return string.Join(' ', words);
            case QueryAlteration.Joined:
                return LoseSpace(primary, words, random);
            case QueryAlteration.Split:
                return AddSpace(words, random);
            case QueryAlteration.LowercaseJoined:
                var parts = natural.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).ToList();
                if (parts.Count < 2)
                {
                    return null;
                }

                var at = random.Next(parts.Count - 1);
                parts[at] += parts[at + 1];
                parts.RemoveAt(at + 1);
                return string.Join(' ', parts);
            case QueryAlteration.Alias:
                var aliases = NamesOf(entity).Where(n => !n.IsPrimary && Signature(n.Value) != Signature(primary)).ToList();
                return aliases.Count == 0 ? null : aliases[random.Next(aliases.Count)].Value;
            default:
                return null;
        }
    }

    /// <summary>
    /// "AHMED, Qassim Abdullah Ali" → "AHMEDQassim Abdullah Ali": a person's surname typed against the first given
    /// name, as the list writes it without the comma; any other name loses one space between two words.
    /// </summary>
    private static string? LoseSpace(string primary, List<string> naturalWords, Random random)
    {
        var comma = primary.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && random.Next(2) == 0)
        {
            var given = primary[(comma + 1)..].Trim();
            return given.Length == 0 ? null : primary[..comma].Trim() + given;
        }

        if (naturalWords.Count < 2)
        {
            return null;
        }

        var words = naturalWords.ToList();
        var at = random.Next(words.Count - 1);
        words[at] += words[at + 1];
        words.RemoveAt(at + 1);
        return string.Join(' ', words);
    }

    /// <summary>A space inside one word of six letters or more, at least two letters from either end.</summary>
    private static string? AddSpace(List<string> words, Random random)
    {
        var eligible = Enumerable.Range(0, words.Count).Where(i => words[i].Length >= 6 && words[i].All(char.IsAsciiLetter)).ToList();
        if (eligible.Count == 0)
        {
            return null;
        }

        var result = words.ToList();
        var index = eligible[random.Next(eligible.Count)];
        var split = random.Next(2, result[index].Length - 1);
        result[index] = result[index][..split] + " " + result[index][split..];
        return string.Join(' ', result);
    }

    /// <summary>
    /// A listed company name with one of its distinctive words (not a legal form or particle, four letters or
    /// more) replaced by a word of another listed company: "NORTHWIND STEEL TUBES" → "NORTHWIND STEEL WIRES". Kept
    /// only when the new word is more than two typing errors from the old one and no indexed name holds all the
    /// distinctive words up to one error per word: the result then names a company that is not listed, however
    /// much of a listed name it shares.
    /// </summary>
    private static IEnumerable<EvaluationQuery> NearMissCompanies(
        IReadOnlyList<SanctionedEntity> listed, Dictionary<string, List<string>> owners, IndexedNameKeys names, int count, Random random)
    {
        var companies = listed.Where(e => e.Type == EntityType.Entity).ToList();
        var words = companies
            .SelectMany(e => NameNormalizer.Normalize(e.PrimaryName.Value, isIndividual: false))
            .Where(t => !t.IsWeak && t.Text.Length >= 4 && !t.HasDigits)
            .Select(t => t.Text)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var produced = new HashSet<string>(StringComparer.Ordinal);
        for (var attempts = 0; produced.Count < count && attempts < count * 200; attempts++)
        {
            var company = companies[random.Next(companies.Count)];
            var tokens = NameNormalizer.Normalize(company.PrimaryName.Value, isIndividual: false).Select(t => t.Text).ToList();
            var distinctive = Enumerable.Range(0, tokens.Count)
                .Where(i => WeakTokenClassificationStep.Classify(tokens[i]) == TokenRole.Regular && tokens[i].Length >= 4 && tokens[i].All(char.IsAsciiLetter))
                .ToList();
            if (distinctive.Count < 2)
            {
                continue;
            }

            var at = distinctive[random.Next(distinctive.Count)];
            var replacement = words[random.Next(words.Count)];
            if (tokens.Contains(replacement) || Screening.Domain.Names.Scoring.EditDistance.Compute(replacement, tokens[at], 2) <= 2)
            {
                continue;
            }

            tokens[at] = replacement;
            var text = string.Join(' ', tokens);
            if (produced.Contains(text) || owners.ContainsKey(StrongSignature(text)) || names.EntitiesContaining(StrongKeys(text), nearly: true).Any())
            {
                continue;
            }

            produced.Add(text);
            yield return new EvaluationQuery(text, QueryAlteration.NearMissCompany, null, company.PrimaryName.Value);
        }
    }

    /// <summary>
    /// Korean names of the DPRK programmes, listed "FAMILY, Given Name" in McCune–Reischauer, written back in Hangul
    /// ("KIM, Jong Un" → "김정은") and in Revised Romanization ("Gim Jeong-eun"), alternately. Each syllable is the first
    /// Hangul syllable (in code point order) that romanizes to the listed one, so the query is a real Korean spelling
    /// of the listed name, though not always the person's own characters, which the lists do not give. Names with a
    /// word that is no McCune–Reischauer syllable (non-Korean designees, "Chang-ha" is two) are left out, and so are
    /// names another entity shares.
    /// </summary>
    private static IEnumerable<EvaluationQuery> KoreanSpellings(
        IReadOnlyList<SanctionedEntity> listed, Dictionary<string, List<string>> owners, int count, Random random)
    {
        var hangulOf = new Dictionary<string, char>(StringComparer.Ordinal);
        for (var c = '\uAC00'; c <= '\uD7A3'; c++)
        {
            hangulOf.TryAdd(Screening.Domain.Names.Romanization.HangulRomanization.McCuneReischauer(c), c);
        }

        var candidates = new List<(SanctionedEntity Entity, char[] Family, char[] Given, bool NamesAnother)>();
        foreach (var entity in listed.Where(e => e.Type == EntityType.Individual && e.Programs.Any(p => p.StartsWith("DPRK", StringComparison.Ordinal))))
        {
            var primary = entity.PrimaryName.Value;
            if (!primary.Contains(',', StringComparison.Ordinal))
            {
                continue;
            }

            var family = Syllables(Family(primary), hangulOf);
            var given = Syllables(Given(primary), hangulOf);
            if (family is { Length: > 0 } && given is { Length: > 0 })
            {
                candidates.Add((entity, family, given, SpelledByAnother(owners, primary, entity.Id)));
            }
        }

        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates));
        for (var q = 0; q < Math.Min(count, candidates.Count * 2); q++)
        {
            var (entity, family, given, namesAnother) = candidates[q / 2 % candidates.Count];
            var text = q % 2 == 0
                ? new string([.. family, .. given])
                : $"{Capitalized(string.Concat(family.Select(Screening.Domain.Names.Romanization.HangulRomanization.Revised)))} "
                    + Capitalized(string.Join('-', given.Select(Screening.Domain.Names.Romanization.HangulRomanization.Revised)));
            yield return new EvaluationQuery(
                text, q % 2 == 0 ? QueryAlteration.Hangul : QueryAlteration.RevisedRomanization, entity.Id, entity.PrimaryName.Value, namesAnother);
        }
    }

    private static char[]? Syllables(string words, Dictionary<string, char> hangulOf)
    {
        var syllables = new List<char>();
        foreach (var word in words.ToUpperInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!hangulOf.TryGetValue(word, out var syllable))
            {
                return null;
            }

            syllables.Add(syllable);
        }

        return [.. syllables];
    }

    private static string Capitalized(string upper) => upper.Length == 0 ? upper : upper[0] + upper[1..].ToLowerInvariant();

    private static string ChangeCaseAndPunctuation(string name, Random random)
    {
        var style = random.Next(3);
        var builder = new StringBuilder(name.Length);
        var startOfWord = true;
        foreach (var c in name)
        {
            if (c == '-')
            {
                builder.Append(random.Next(2) == 0 ? " " : string.Empty);
                startOfWord = true;
                continue;
            }

            if (c is ',' or '.' or '\'')
            {
                continue;
            }

            builder.Append(style switch
            {
                0 => char.ToLowerInvariant(c),
                1 => startOfWord ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c),
                _ => random.Next(2) == 0 ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c),
            });
            startOfWord = c == ' ';
        }

        return builder.ToString();
    }

    private static string? Typos(List<string> words, int typos, Random random)
    {
        var eligible = Enumerable.Range(0, words.Count).Where(i => words[i].Length >= 4 && words[i].All(char.IsAsciiLetter)).ToList();
        if (eligible.Count == 0)
        {
            return null;
        }

        var result = words.ToList();
        var order = eligible.OrderBy(_ => random.Next()).ToList();
        for (var t = 0; t < typos; t++)
        {
            var index = order[t % order.Count];
            result[index] = Typo(result[index], random);
        }

        return string.Join(' ', result);
    }

    private static string Typo(string word, Random random)
    {
        var chars = word.ToList();
        var position = random.Next(1, chars.Count);
        var letter = Letters[random.Next(Letters.Length)];
        letter = char.IsLower(chars[position - 1]) ? char.ToLowerInvariant(letter) : letter;
        switch (random.Next(4))
        {
            case 0:
                chars[position] = chars[position] == letter ? Letters[(Letters.IndexOf(char.ToUpperInvariant(letter), StringComparison.Ordinal) + 1) % 26] : letter;
                break;
            case 1:
                chars.Insert(position, letter);
                break;
            case 2:
                chars.RemoveAt(position);
                break;
            default:
                var swap = position < chars.Count - 1 ? position : position - 1;
                (chars[swap], chars[swap + 1]) = (chars[swap + 1], chars[swap]);
                break;
        }

        return new string([.. chars]);
    }

    /// <summary>
    /// Person names made of a listed given name and another listed family name. A candidate is rejected when
    /// some indexed name contains, for each of its tokens, the same token up to romanization or one typing error:
    /// that name is then reachable from a listed name by the alterations the positive queries use (dropped
    /// token, one typo per token), so it could not be labelled "unlisted" without contradicting those labels.
    /// </summary>
    private static IEnumerable<EvaluationQuery> Unlisted(
        IndexedNameKeys names, List<string> givenNames, List<string> familyNames, int count, Random random)
    {
        var produced = new HashSet<string>(StringComparer.Ordinal);
        var attempts = 0;
        while (produced.Count < count && attempts++ < count * 100)
        {
            var given = Pick(givenNames, random).Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
            var family = Pick(familyNames, random);
            var text = $"{given} {family}";
            var keys = StrongKeys(text);
            if (keys.Count < 2 || produced.Contains(Signature(text)) || names.EntitiesContaining(keys, nearly: true).Any())
            {
                continue;
            }

            produced.Add(Signature(text));
            yield return new EvaluationQuery(text, QueryAlteration.Unlisted, null, text);
        }
    }

    private static List<string> StrongKeys(string name) =>
        [.. NameNormalizer.Normalize(name, isIndividual: true).Where(t => !t.IsWeak).Select(t => t.Key).Distinct()];

    private static string StrongSignature(string name) =>
        string.Join(' ', NameNormalizer.Normalize(name, isIndividual: true).Where(t => !t.IsWeak).Select(t => t.Key).Order(StringComparer.Ordinal));

    private static string Signature(string name) =>
        string.Join(' ', NameNormalizer.Normalize(name, isIndividual: true).Select(t => t.Key).Order(StringComparer.Ordinal));

    private static string Given(string ofacName) => ofacName[(ofacName.IndexOf(',', StringComparison.Ordinal) + 1)..].Trim();

    private static string Family(string ofacName) => ofacName[..ofacName.IndexOf(',', StringComparison.Ordinal)].Trim();

    private static string Pick(List<string> values, Random random) => values[random.Next(values.Count)];

    private static IReadOnlyList<EntityName> NamesOf(SanctionedEntity entity) =>
        entity.Names.Count > 0 ? entity.Names : [entity.PrimaryName];
}
