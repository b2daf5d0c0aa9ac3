using Screening.Domain.Addresses;
using Screening.Domain.Model;

namespace Screening.Domain.Screening;

/// <summary>A listed entity whose published wallet address is the screened one.</summary>
public sealed record AddressMatch(SanctionedEntity Entity, AddressHit Hit, AddressMatchBasis Basis);
