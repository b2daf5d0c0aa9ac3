namespace Screening.Evaluation.Names;

/// <summary>
/// A labelled query: the text to screen, how it was made, and the entity it must find (null when unlisted).
/// <paramref name="NamesAnotherEntity"/> marks a query that spells another entity's listed name as well (up to
/// romanization and weak tokens), or whose tokens all occur in another entity's name when a token was dropped: the
/// session-1 label rules dropped such queries; they are counted now, and left out only of the report's second column.
/// </summary>
public sealed record EvaluationQuery(string Text, QueryAlteration Alteration, string? ExpectedEntityId, string SourceName, bool NamesAnotherEntity = false);
