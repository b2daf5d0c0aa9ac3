namespace Screening.Functions.Services;

/// <summary>Who is screening, under which request id: what the audit trail records besides the input and answer.</summary>
public sealed record ScreeningCall(string RequestId, string? Caller);
