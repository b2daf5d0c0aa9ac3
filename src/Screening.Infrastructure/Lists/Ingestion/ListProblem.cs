using Screening.Domain.Sources;

namespace Screening.Infrastructure.Lists.Ingestion;

/// <summary>Why a list was rejected, precise enough to find the fault in the original file.</summary>
public sealed record ListProblem(string Message, string? FileName = null, long? Line = null, string? Field = null)
{
    public static ListProblem From(ListParseException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new ListProblem(exception.Message, exception.FileName, exception.Line, exception.Element);
    }

    public static ListProblem From(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is ListParseException parse ? From(parse) : new ListProblem($"{exception.GetType().Name}: {exception.Message}");
    }
}
