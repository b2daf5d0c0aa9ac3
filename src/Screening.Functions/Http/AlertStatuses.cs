using System.Text.Json;
using Screening.Domain.Monitoring;

namespace Screening.Functions.Http;

/// <summary>Alert statuses as the API spells them (snake_case, as every enum value of the API).</summary>
public static class AlertStatuses
{
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<AlertStatus>().Select(NameOf)];

    public static string NameOf(AlertStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

    public static bool TryParse(string text, out AlertStatus status)
    {
        foreach (var candidate in Enum.GetValues<AlertStatus>())
        {
            if (NameOf(candidate) == text)
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }
}
