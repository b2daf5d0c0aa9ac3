using Screening.Domain.Model;

namespace Screening.Domain.Sources.OfacCommon;

/// <summary>What OFAC's CSV Remarks column says about an entry beyond its name and type.</summary>
internal sealed class OfacRemarkFacts
{
    public List<DigitalCurrencyAddress> DigitalCurrencyAddresses { get; } = [];
    public List<DateOfBirth> DatesOfBirth { get; } = [];
    public List<string> PlacesOfBirth { get; } = [];
    public List<string> Nationalities { get; } = [];
    public List<string> Citizenships { get; } = [];
    public List<IdentityDocument> Documents { get; } = [];

    /// <summary>The CSV lists only low-quality a.k.a.s in Remarks (strong ones are in ALT.CSV).</summary>
    public List<EntityName> WeakAliases { get; } = [];
    public List<string> LinkedTo { get; } = [];
}
