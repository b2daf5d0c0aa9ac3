using Microsoft.AspNetCore.Http;
using Screening.Functions.Identity;

namespace Screening.Functions.Console;

/// <summary>
/// Without an Entra ID app registration nobody can sign in: the console API and the /v1 admin routes refuse every
/// call rather than guess.
/// </summary>
public sealed class UnconfiguredConsoleAuthenticator : IConsoleAuthenticator, IBearerTokenValidator
{
    public const string NotConfigured = "Sign-in is not configured: set Console__Entra__TenantId and Console__Entra__ClientId (docs/deploy.md).";

    public ConsoleSignIn SignIn { get; } = new(ConsoleSignIn.NotConfigured, Notice: NotConfigured);

    public Task<ConsolePerson?> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken) => Task.FromResult<ConsolePerson?>(null);

    public Task<BearerTokenValidation> ValidateAsync(string token, CancellationToken cancellationToken) =>
        Task.FromResult(BearerTokenValidation.Invalid("no Entra ID app registration is configured for this app, so no token can be accepted."));
}
