namespace Screening.Domain.Addresses;

/// <summary>Identity of an address: equal keys within one family are the same address.</summary>
internal readonly record struct AddressKey(string FamilyId, string NormalizedKey)
{
    public static AddressKey Of(RecognizedAddress address) => new(address.Family.Id, address.NormalizedKey);
}
