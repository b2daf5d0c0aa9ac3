using Screening.Domain.Model;

namespace Screening.Infrastructure.Tests.Support;

/// <summary>Small hand-built lists for store tests that need no parser.</summary>
public static class TestLists
{
    public static string UniqueSource(string prefix = "test") => $"{prefix}-{Guid.NewGuid().ToString("N")[..10]}";

    public static SanctionedEntity Entity(string source, string localId, string name, params string[] addresses) => new()
    {
        Id = $"{source}:{localId}",
        Source = source,
        Type = EntityType.Individual,
        PrimaryName = new EntityName(name, NameStrength.Strong, IsPrimary: true),
        Names = [new EntityName(name, NameStrength.Strong, IsPrimary: true), new EntityName(name + " ALIAS", NameStrength.Weak)],
        DatesOfBirth = [new DateOfBirth(new PartialDate(1970, 5))],
        DigitalCurrencyAddresses = [.. addresses.Select(a => new DigitalCurrencyAddress(a.StartsWith("0x", StringComparison.Ordinal) ? "ETH" : "XBT", a))],
        Programs = ["SDGT"],
        Remarks = "built by a test",
        ListedOn = new DateOnly(2020, 1, 2),
    };

    public static ParsedList List(string source, IEnumerable<SanctionedEntity> entities, string? hash = null)
    {
        var all = entities.ToList();
        return new ParsedList(
            new ListMetadata(source, ListFormat.CustomCsv, new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero), null, all.Count, hash ?? Guid.NewGuid().ToString("N")),
            all);
    }

    public static ParsedList Numbered(string source, int count, int addressEvery = 10) =>
        List(source, Enumerable.Range(1, count).Select(i =>
            Entity(source, i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"PERSON NUMBER {i}",
                i % addressEvery == 0 ? [$"0xABCDEF{i:D34}"] : [])));
}
