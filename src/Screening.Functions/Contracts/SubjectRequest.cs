namespace Screening.Functions.Contracts;

/// <summary>Body of <c>PUT /v1/subjects/{subjectId}</c>: what a client registers to be monitored.</summary>
public sealed record SubjectRequest(
    string? Kind,
    string? Name = null,
    IReadOnlyList<string>? Aliases = null,
    string? DateOfBirth = null,
    string? Country = null,
    IReadOnlyList<WalletRequest>? Wallets = null,
    string? ClientReference = null);

/// <summary>A wallet address of a subject, with the chain when the client knows it.</summary>
public sealed record WalletRequest(string? Address, string? Chain = null);

/// <summary>Body of <c>POST /v1/subjects/batch</c>: 1 to 1,000 subjects, each with its id.</summary>
public sealed record SubjectBatchRequest(IReadOnlyList<SubjectBatchItem>? Subjects);

/// <summary>One subject of a batch registration: its id and the same fields as a single registration.</summary>
public sealed record SubjectBatchItem(
    string? Id,
    string? Kind,
    string? Name = null,
    IReadOnlyList<string>? Aliases = null,
    string? DateOfBirth = null,
    string? Country = null,
    IReadOnlyList<WalletRequest>? Wallets = null,
    string? ClientReference = null)
{
    public SubjectRequest Fields => new(Kind, Name, Aliases, DateOfBirth, Country, Wallets, ClientReference);
}
