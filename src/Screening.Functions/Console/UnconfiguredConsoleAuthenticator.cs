using Microsoft.AspNetCore.Http;

namespace Screening.Functions.Console;

/// <summary>Without an Entra ID app registration nobody can sign in: the console API refuses every call rather than guess.</summary>
public sealed class UnconfiguredConsoleAuthenticator : IConsoleAuthenticator
{
    public ConsoleSignIn SignIn { get; } = new(ConsoleSignIn.NotConfigured,
        Notice: "Console sign-in is not configured: set Console__Entra__TenantId and Console__Entra__ClientId (docs/deploy.md).");

    public Task<ConsolePerson?> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken) => Task.FromResult<ConsolePerson?>(null);
}
