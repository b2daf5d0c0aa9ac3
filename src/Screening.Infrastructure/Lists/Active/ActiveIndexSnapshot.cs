namespace Screening.Infrastructure.Lists.Active;

/// <summary>
/// One immutable view of the served lists: the index, the versions it was built from, and the health
/// of the checks. Swapped as a whole, so a reader never sees an index and versions that disagree.
/// </summary>
public sealed record ActiveIndexSnapshot<TIndex>(
    TIndex? Index,
    ActiveListSet Lists,
    DateTimeOffset? LastSuccessfulCheck,
    IReadOnlyDictionary<string, DateTimeOffset> ConfirmedAt,
    string? LastError,
    DateTimeOffset? LastErrorAt)
    where TIndex : class;
