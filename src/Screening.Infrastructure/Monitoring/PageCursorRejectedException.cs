namespace Screening.Infrastructure.Monitoring;

/// <summary>
/// Table Storage refused the continuation of a well-formed cursor (400): the client's cursor is bad, not the service,
/// so the HTTP layer answers 400 naming <c>cursor</c> rather than 500.
/// </summary>
public sealed class PageCursorRejectedException(Exception inner)
    : Exception("Table Storage rejected the continuation token of the page cursor.", inner);
