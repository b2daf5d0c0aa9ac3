namespace Screening.Infrastructure.Lists.Versions;

/// <summary>An operator asks for a stored version to be served; <paramref name="RequestedBy"/> is who asked: the person or application of the bearer token (docs/api.md), when known.</summary>
public sealed record VersionActivationRequest(string Source, string VersionId, string Reason, string? RequestedBy);
