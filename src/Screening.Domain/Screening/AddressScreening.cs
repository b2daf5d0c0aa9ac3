using Screening.Domain.Addresses;

namespace Screening.Domain.Screening;

/// <summary>
/// The outcome of screening one address: <see cref="Rejection"/> when the input is not a valid address
/// (the caller must fix it; it is never a silent no-match), else the recognized address and its matches.
/// </summary>
public sealed record AddressScreening(AddressRecognition Recognition, IReadOnlyList<AddressMatch> Matches)
{
    public RejectedAddress? Rejection => Recognition as RejectedAddress;

    public ScreeningResult Result => Matches.Count > 0 ? ScreeningResult.Match : ScreeningResult.NoMatch;
}
