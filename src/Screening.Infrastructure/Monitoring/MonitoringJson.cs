using System.Text.Json;
using System.Text.Json.Serialization;

namespace Screening.Infrastructure.Monitoring;

/// <summary>The JSON shape of subjects and alert snapshots stored in table properties: camelCase, enums as strings.</summary>
public static class MonitoringJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
