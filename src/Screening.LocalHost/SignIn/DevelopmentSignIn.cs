using Screening.Functions.Console;

namespace Screening.LocalHost.SignIn;

/// <summary>LocalHost's stand-in for Entra ID: the console's person is whoever was chosen on /dev-sign-in.</summary>
public sealed class DevelopmentSignIn : IConsoleAuthenticator
{
    public const string Notice = "Development sign-in: exists only in LocalHost; anyone here can be any user with any role. Azure signs people in with Entra ID.";

    public ConsoleSignIn SignIn { get; } = new(ConsoleSignIn.Development, Url: DevelopmentSignInEndpoints.Path, Notice: Notice);

    public Task<ConsolePerson?> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(DevelopmentPerson.Decode(request.Cookies[DevelopmentPerson.CookieName]));
    }
}
