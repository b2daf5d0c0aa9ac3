namespace Screening.Domain.Model;

/// <summary>
/// One name of a listed party: the primary name or an alias.
/// <paramref name="Script"/> is null for Latin-script names and an ISO 15924 code or the source's
/// label (for example "Hang", "Arab", "Cyrl") for names listed in their original script.
/// <paramref name="Language"/> is the language the source says the name is written in (EU nameLanguage), when it does.
/// </summary>
public sealed record EntityName(
    string Value,
    NameStrength Strength,
    bool IsPrimary = false,
    string? Script = null,
    NameParts? Parts = null,
    string? Language = null);
