namespace Screening.Domain.Model;

/// <summary>Structured name parts where the source publishes them (OFAC first/last name, UN FIRST..FOURTH_NAME).</summary>
public sealed record NameParts(string? Given, string? Middle, string? Family);
