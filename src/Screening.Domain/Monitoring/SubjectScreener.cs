using System.Globalization;
using Screening.Domain.Model;
using Screening.Domain.Names;
using Screening.Domain.Screening;

namespace Screening.Domain.Monitoring;

/// <summary>
/// Screens one subject the way the screening routes would: each name and alias as a name query (typed by the
/// subject's kind, with its date of birth and country), each wallet as an address. Returns one hit per listed entity,
/// its strongest evidence, at or above the review threshold; below it nothing deserves a reviewer's time.
/// Within a <see cref="RescreenScope"/> it returns exactly the hits of the full screening whose entity is in the scope.
/// </summary>
public static class SubjectScreener
{
    private const int CandidatesPerName = 10;

    public static IReadOnlyList<SubjectHit> Screen(ScreeningIndex index, Subject subject) => Screen(index, subject, null);

    /// <summary>
    /// The hits of <see cref="Screen(ScreeningIndex, Subject)"/> whose entity is in <paramref name="scope"/> (all of
    /// them when it is null). A name is first searched within the scope's names only (same candidates, same scores,
    /// fewer explained; <see cref="RescreenScope"/>: the scoped entities and the katakana listings bridged to them): when
    /// none reaches the review threshold there, the full screening cannot return a scoped entity either, and the name
    /// costs no full screening.
    /// </summary>
    public static IReadOnlyList<SubjectHit> Screen(ScreeningIndex index, Subject subject, RescreenScope? scope)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(subject);
        if (scope is not null && !ReferenceEquals(scope.Index, index))
        {
            throw new ArgumentException("The scope was made for another index.", nameof(scope));
        }

        if (scope is { EntityIds.Count: 0 })
        {
            return [];
        }

        var best = new Dictionary<string, SubjectHit>(StringComparer.Ordinal);
        foreach (var wallet in subject.Wallets)
        {
            var screening = index.ScreenAddress(wallet.Address.Trim(), wallet.Chain);
            foreach (var match in screening.Matches.Where(m => scope is null || scope.Contains(m.Entity.Id)))
            {
                Keep(best, new SubjectHit(match.Entity, 1.0, SubjectMatchBasis.Address, wallet.Address, match.Hit.ListedValue,
                    $"wallet {wallet.Address} is listed for {match.Entity.Id} as {match.Hit.ListedAsset} {match.Hit.ListedValue}"));
            }
        }

        var dateOfBirth = ParseDate(subject.DateOfBirth);
        foreach (var name in subject.NamesToScreen().Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var query = new NameQuery(name.Trim(), TypeOf(subject.Kind), dateOfBirth, subject.Country?.ToUpperInvariant(), null, CandidatesPerName);
            if (scope is not null && !MayReach(index, scope, query))
            {
                continue;
            }

            var screening = index.ScreenName(query);
            foreach (var match in screening.Matches.Where(m => m.Score >= screening.ReviewThreshold && (scope is null || scope.Contains(m.Entity.Id))))
            {
                Keep(best, new SubjectHit(match.Entity, Math.Round(match.Score, 4), SubjectMatchBasis.Name, name, match.MatchedName.Value, match.Explanation.ToString()));
            }
        }

        return [.. best.Values.OrderByDescending(h => h.Score).ThenBy(h => h.Entity.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Whether the full screening of <paramref name="query"/> can return an entity of the scope: the search within the
    /// scope returns every scoped entity the full search returns (never at a lower score). A name in any script may
    /// also reach a scoped entity through a katakana listing's English name (<see cref="TranscriptionBridge"/>: a kana
    /// name, or a Latin one that matches the katakana as Hepburn reads it); the scope's names hold those listings too,
    /// and the bridge needs its katakana match at the match threshold, above the review threshold searched here.
    /// </summary>
    private static bool MayReach(ScreeningIndex index, RescreenScope scope, NameQuery query)
    {
        var reviewThreshold = Math.Min(index.Names.Options.ReviewThreshold, index.Names.Options.MatchThreshold);
        return index.Names.Search(query with { Threshold = reviewThreshold, IncludeBelowThreshold = false, Limit = 1 }, scope.Names).Count > 0;
    }

    private static void Keep(Dictionary<string, SubjectHit> best, SubjectHit hit)
    {
        if (!best.TryGetValue(hit.Entity.Id, out var kept) || hit.Score > kept.Score)
        {
            best[hit.Entity.Id] = hit;
        }
    }

    private static EntityType? TypeOf(SubjectKind kind) => kind switch
    {
        SubjectKind.Person => EntityType.Individual,
        SubjectKind.Company => EntityType.Entity,
        SubjectKind.Vessel => EntityType.Vessel,
        _ => null,
    };

    private static PartialDate? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Split('-');
        int Part(int i) => int.Parse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture);
        return parts.Length switch
        {
            1 => new PartialDate(Part(0)),
            2 => new PartialDate(Part(0), Part(1)),
            _ => new PartialDate(Part(0), Part(1), Part(2)),
        };
    }
}
