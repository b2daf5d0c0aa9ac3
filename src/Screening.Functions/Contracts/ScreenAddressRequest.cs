namespace Screening.Functions.Contracts;

/// <summary>Body of <c>POST /v1/screen/address</c>.</summary>
public sealed record ScreenAddressRequest(string? Address, string? Chain);
