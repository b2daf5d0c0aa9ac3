namespace Screening.Domain.Addresses;

/// <summary>The outcome of recognizing one input: a <see cref="RecognizedAddress"/> or a <see cref="RejectedAddress"/>.</summary>
public abstract record AddressRecognition
{
    private protected AddressRecognition()
    {
    }
}

/// <param name="Family">The address space the address belongs to, detected from the address itself.</param>
/// <param name="NormalizedKey">The key that identifies the address within its family; equal keys are the same address.</param>
/// <param name="DisplayForm">The canonical way to show the address (EIP-55 for EVM, lowercase for Bech32/CashAddr, T... for TRON).</param>
/// <param name="Kind">What kind of address it is within the family ("P2PKH", "P2WPKH", "integrated", "account", ...).</param>
/// <param name="ChainCandidates">Canonical tickers of the chains (and tokens) that can hold this address.</param>
public sealed record RecognizedAddress(
    AddressFamily Family,
    string NormalizedKey,
    string DisplayForm,
    string Kind,
    IReadOnlyList<string> ChainCandidates) : AddressRecognition;

/// <param name="Code">One of <see cref="AddressErrorCodes"/>.</param>
/// <param name="Reason">Plain-language explanation fit to show a compliance officer.</param>
/// <param name="Detected">For a chain mismatch: what the address was recognized as.</param>
public sealed record RejectedAddress(string Code, string Reason, RecognizedAddress? Detected = null) : AddressRecognition;
