namespace Screening.Functions.Services.Monitoring;

/// <summary>This instance does not serve the lists a re-screen message was planned for yet; the message is retried later.</summary>
public sealed class RescreenNotReadyException : Exception
{
    public RescreenNotReadyException()
    {
    }

    public RescreenNotReadyException(string message)
        : base(message)
    {
    }

    public RescreenNotReadyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
