using System.Globalization;
using Screening.Domain.Model;
using Screening.Domain.Names;
using Screening.Domain.Screening;

namespace Screening.Domain.Monitoring;

/// <summary>
/// Screens one subject the way the screening routes would: each name and alias as a name query (typed by the
/// subject's kind, with its date of birth and country), each wallet as an address. Returns one hit per listed entity,
/// its strongest evidence, at or above the review threshold; below it nothing deserves a reviewer's time.
/// </summary>
public static class SubjectScreener
{
    private const int CandidatesPerName = 10;

    public static IReadOnlyList<SubjectHit> Screen(ScreeningIndex index, Subject subject)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(subject);
        var best = new Dictionary<string, SubjectHit>(StringComparer.Ordinal);
        foreach (var wallet in subject.Wallets)
        {
            var screening = index.ScreenAddress(wallet.Address.Trim(), wallet.Chain);
            foreach (var match in screening.Matches)
            {
                Keep(best, new SubjectHit(match.Entity, 1.0, SubjectMatchBasis.Address, wallet.Address, match.Hit.ListedValue,
                    $"wallet {wallet.Address} is listed for {match.Entity.Id} as {match.Hit.ListedAsset} {match.Hit.ListedValue}"));
            }
        }

        var dateOfBirth = ParseDate(subject.DateOfBirth);
        foreach (var name in subject.NamesToScreen().Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var screening = index.ScreenName(new NameQuery(name.Trim(), TypeOf(subject.Kind), dateOfBirth, subject.Country?.ToUpperInvariant(), null, CandidatesPerName));
            foreach (var match in screening.Matches.Where(m => m.Score >= screening.ReviewThreshold))
            {
                Keep(best, new SubjectHit(match.Entity, Math.Round(match.Score, 4), SubjectMatchBasis.Name, name, match.MatchedName.Value, match.Explanation.ToString()));
            }
        }

        return [.. best.Values.OrderByDescending(h => h.Score).ThenBy(h => h.Entity.Id, StringComparer.Ordinal)];
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
