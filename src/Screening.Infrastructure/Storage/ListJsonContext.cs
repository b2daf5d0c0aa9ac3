using System.Text.Json;
using System.Text.Json.Serialization;
using Screening.Domain.Model;

namespace Screening.Infrastructure.Storage;

/// <summary>
/// Compile-time JSON metadata for the large documents (snapshots, entity rows), so a cold instance
/// does not pay for reflection over the entity model before it can load its lists.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ParsedList))]
[JsonSerializable(typeof(SanctionedEntity))]
internal sealed partial class ListJsonContext : JsonSerializerContext;
