namespace Screening.Infrastructure.Lists.Versions;

/// <summary>An operator asks for a stored version to be served; <paramref name="RequestedBy"/> is the caller's key name when known.</summary>
public sealed record VersionActivationRequest(string Source, string VersionId, string Reason, string? RequestedBy);
