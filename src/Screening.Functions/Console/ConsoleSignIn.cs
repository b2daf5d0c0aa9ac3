namespace Screening.Functions.Console;

/// <summary>
/// How the console signs a person in. <see cref="Kind"/> is <c>entra</c> (authority, client id and scope for the
/// browser's authorization-code flow), <c>development</c> (a local page at <see cref="Url"/>; the console then
/// says on every page that the sign-in is for development only) or <c>none</c> (not configured: the console refuses).
/// </summary>
public sealed record ConsoleSignIn(string Kind, string? Url = null, string? Authority = null, string? ClientId = null, string? Scope = null, string? Notice = null)
{
    public const string Entra = "entra";
    public const string Development = "development";
    public const string NotConfigured = "none";
}
