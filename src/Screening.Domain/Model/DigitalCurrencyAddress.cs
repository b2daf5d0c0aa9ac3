namespace Screening.Domain.Model;

/// <summary>
/// A wallet address as the list publishes it: <see cref="Asset"/> is the list's own label
/// ("XBT", "ETH", "USDT", ...), which is not reliable enough to decide the address family.
/// </summary>
public sealed record DigitalCurrencyAddress(string Asset, string Value);
