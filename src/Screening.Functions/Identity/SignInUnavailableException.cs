namespace Screening.Functions.Identity;

/// <summary>
/// Tokens cannot be checked now (the identity provider's metadata or keys cannot be fetched). Callers are answered
/// 503 with Retry-After: the request may well be valid, so it is neither refused as unauthenticated nor failed as a bug.
/// </summary>
public sealed class SignInUnavailableException : Exception
{
    public SignInUnavailableException()
    {
    }

    public SignInUnavailableException(string message)
        : base(message)
    {
    }

    public SignInUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
