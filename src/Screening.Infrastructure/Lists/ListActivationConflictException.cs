namespace Screening.Infrastructure.Lists;

/// <summary>Another writer moved a source's active pointer since this one read it; nothing was activated.</summary>
public sealed class ListActivationConflictException : Exception
{
    public ListActivationConflictException(string source, string versionId, Exception? inner = null)
        : base($"The active version of {source} changed while {versionId} was being activated; {versionId} was not activated.", inner)
    {
        Source = source;
        VersionId = versionId;
    }

    public ListActivationConflictException() : this("unknown", "unknown") { }

    public ListActivationConflictException(string message) : base(message)
    {
        Source = "unknown";
        VersionId = "unknown";
    }

    public ListActivationConflictException(string message, Exception inner) : base(message, inner)
    {
        Source = "unknown";
        VersionId = "unknown";
    }

    public new string Source { get; }
    public string VersionId { get; }
}
