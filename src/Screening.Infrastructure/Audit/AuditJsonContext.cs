using System.Text.Json.Serialization;

namespace Screening.Infrastructure.Audit;

/// <summary>Source-generated JSON for audit pages: the writer serializes every screening, so no reflection on that path.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<AuditRecord>))]
internal sealed partial class AuditJsonContext : JsonSerializerContext;
