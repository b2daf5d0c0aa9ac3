using Screening.Domain.Addresses;
using Screening.Domain.Names;
using Screening.Domain.Screening;

namespace Screening.Functions.Services;

/// <summary>
/// The documented, stable shape of <c>explanation</c> (see docs/api.md): enough for a compliance officer to see
/// why an entity matched without re-running the engine. <c>text</c> is the same breakdown, printable.
/// </summary>
public static class ExplanationViews
{
    public static object ForAddress(AddressMatch match, RecognizedAddress recognized, string? chainHint)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(recognized);
        return new
        {
            basis = match.Basis == AddressMatchBasis.VerbatimListedValue ? "verbatim_listed_value" : "same_address",
            detectedFamily = recognized.Family.Id,
            kind = recognized.Kind,
            normalizedAddress = recognized.NormalizedKey,
            listedAsset = match.Hit.ListedAsset,
            listedValue = match.Hit.ListedValue,
            listedFamily = match.Hit.ListedFamily?.Id,
            chainHint,
        };
    }

    public static object ForName(NameMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var explanation = match.Explanation;
        return new
        {
            matchedName = explanation.MatchedName,
            isAlias = explanation.IsAlias,
            strength = explanation.Strength,
            script = match.MatchedName.Script,
            nameScore = Math.Round(explanation.NameScore, 4),
            alignment = explanation.Alignment.Select(a => new
            {
                query = a.QueryToken,
                listed = a.ListedToken,
                similarity = Math.Round(a.Similarity, 4),
                weight = Math.Round(a.Weight, 4),
                kind = a.Kind,
            }),
            adjustments = explanation.Adjustments.Select(a => new { reason = a.Reason, delta = Math.Round(a.Delta, 4) }),
            finalScore = Math.Round(explanation.FinalScore, 4),
            text = explanation.ToString(),
        };
    }
}
