namespace Screening.Functions.Identity;

/// <summary>
/// Says who a bearer token names: a person (delegated token) or an application (client-credentials token), with the
/// app roles assigned to it. Azure validates Entra ID tokens (<see cref="Console.EntraTokenAuthenticator"/>); LocalHost
/// registers its own development tokens, which exist only there.
/// </summary>
public interface IBearerTokenValidator
{
    /// <summary>The token's caller, or why it is refused; throws <see cref="SignInUnavailableException"/> when tokens cannot be checked now.</summary>
    Task<BearerTokenValidation> ValidateAsync(string token, CancellationToken cancellationToken);
}
