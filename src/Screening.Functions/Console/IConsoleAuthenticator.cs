using Microsoft.AspNetCore.Http;

namespace Screening.Functions.Console;

/// <summary>
/// Says who is calling the console API. Azure uses Entra ID bearer tokens (<see cref="EntraTokenAuthenticator"/>);
/// a host may register its own (LocalHost registers a development sign-in that exists only there).
/// </summary>
public interface IConsoleAuthenticator
{
    /// <summary>What the console needs to sign a person in (shown to the browser, so nothing secret).</summary>
    ConsoleSignIn SignIn { get; }

    /// <summary>The person behind the request, or null when it carries no valid sign-in.</summary>
    Task<ConsolePerson?> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken);
}
