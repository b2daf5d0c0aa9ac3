using Screening.Domain.Model;

namespace Screening.Domain.Names.Scoring;

/// <summary>
/// What an entity's listing says that can confirm or contradict a query beyond the name: the years its
/// dates of birth cover and the ISO alpha-2 codes of its nationalities, citizenships and address countries.
/// </summary>
internal sealed record EntityQualifiers(IReadOnlyList<DateOfBirth> DatesOfBirth, IReadOnlyList<string> Countries)
{
    public static EntityQualifiers For(SanctionedEntity entity)
    {
        var countries = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var value in entity.Nationalities.Concat(entity.Citizenships).Concat(entity.Addresses.Select(a => a.Country)))
        {
            if (CountryCodes.ToAlpha2(value) is { } code)
            {
                countries.Add(code);
            }
        }

        return new EntityQualifiers(entity.DatesOfBirth, [.. countries]);
    }
}
