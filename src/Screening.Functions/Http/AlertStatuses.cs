using System.Collections.Frozen;
using System.Text.Json;
using Screening.Domain.Monitoring;

namespace Screening.Functions.Http;

/// <summary>Alert statuses as the API spells them (snake_case, as every enum value of the API), computed once.</summary>
public static class AlertStatuses
{
    private static readonly FrozenDictionary<string, AlertStatus> ByName =
        Enum.GetValues<AlertStatus>().ToFrozenDictionary(Spell, StringComparer.Ordinal);

    private static readonly FrozenDictionary<AlertStatus, string> NameByStatus =
        Enum.GetValues<AlertStatus>().ToFrozenDictionary(status => status, Spell);

    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<AlertStatus>().Select(Spell)];

    public static string NameOf(AlertStatus status) => NameByStatus.TryGetValue(status, out var name) ? name : Spell(status);

    public static bool TryParse(string text, out AlertStatus status) => ByName.TryGetValue(text, out status);

    private static string Spell(AlertStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());
}
