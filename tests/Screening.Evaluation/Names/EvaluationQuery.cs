namespace Screening.Evaluation.Names;

/// <summary>A labelled query: the text to screen, how it was made, and the entity it must find (null when unlisted).</summary>
public sealed record EvaluationQuery(string Text, QueryAlteration Alteration, string? ExpectedEntityId, string SourceName);
