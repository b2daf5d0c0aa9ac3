namespace Screening.Infrastructure.Lists.Catalog;

/// <summary>An active version listing a wallet address: which entity, under which asset label.</summary>
public sealed record AddressListing(string Source, string VersionId, string EntityId, string Asset, string Value);
