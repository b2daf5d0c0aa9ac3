using Screening.Domain.Model;

namespace Screening.Infrastructure.Lists;

/// <summary>What a version holds: entities, names (primary and aliases) and wallet addresses.</summary>
public sealed record ListCounts(int Entities, int Names, int Addresses)
{
    public static ListCounts Of(ParsedList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return new ListCounts(
            list.Entities.Count,
            list.Entities.Sum(entity => entity.Names.Count),
            list.Entities.Sum(entity => entity.DigitalCurrencyAddresses.Count));
    }

    public static ListCounts Of(ListVersionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new ListCounts(record.EntityCount, record.NameCount, record.AddressCount);
    }
}
