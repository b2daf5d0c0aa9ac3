namespace Screening.Domain.Model;

/// <summary>
/// A listed date of birth: exact (<see cref="From"/> only) or a range ("between 1950 and 1955",
/// "circa"), with <see cref="To"/> set. <see cref="Text"/> keeps the source's own wording.
/// </summary>
public sealed record DateOfBirth(PartialDate From, PartialDate? To = null, string? Text = null);
