using Screening.Domain.Model;

namespace Screening.Evaluation.Names;

/// <summary>
/// The listed individuals whose primary name is "FAMILY, Given" in plain Latin letters (spaces, hyphens, dots and
/// apostrophes allowed): the people the script-spelling generators write in another script, in a seeded order.
/// </summary>
public static class ListedPeople
{
    public static List<SanctionedEntity> LatinShuffled(IReadOnlyList<SanctionedEntity> listed, int seed)
    {
        ArgumentNullException.ThrowIfNull(listed);
        var people = listed
            .Where(e => e.Type == EntityType.Individual && e.PrimaryName.Value.Contains(',', StringComparison.Ordinal)
                && e.PrimaryName.Value.All(c => c is ' ' or ',' or '-' or '.' or '\'' || char.IsAsciiLetter(c)))
            .ToList();
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(people));
        return people;
    }
}
