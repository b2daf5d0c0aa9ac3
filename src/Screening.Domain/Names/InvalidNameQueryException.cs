namespace Screening.Domain.Names;

/// <summary>A query the engine cannot screen (empty name, no letters or digits, bad limit, threshold or country).</summary>
public sealed class InvalidNameQueryException : ArgumentException
{
    public InvalidNameQueryException()
    {
    }

    public InvalidNameQueryException(string message)
        : base(message)
    {
    }

    public InvalidNameQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InvalidNameQueryException(string message, string parameterName)
        : base(message, parameterName)
    {
    }
}
