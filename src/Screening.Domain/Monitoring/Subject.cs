namespace Screening.Domain.Monitoring;

/// <summary>
/// A party a client monitors: a person, company, vessel or a bare wallet, as the client registered it.
/// <see cref="Id"/> is the client's own id for the subject (the route key); <see cref="ClientReference"/> is free text for their systems.
/// </summary>
public sealed record Subject
{
    public required string Id { get; init; }
    public required SubjectKind Kind { get; init; }
    public string? Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD, as the client knows it.</summary>
    public string? DateOfBirth { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Country { get; init; }
    public IReadOnlyList<SubjectWallet> Wallets { get; init; } = [];
    public string? ClientReference { get; init; }

    /// <summary>The names screened: the name first, then the aliases.</summary>
    public IEnumerable<string> NamesToScreen() => Name is null ? Aliases : Aliases.Prepend(Name);
}

public sealed record SubjectWallet(string Address, string? Chain = null);
