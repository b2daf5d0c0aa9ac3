namespace Screening.Functions.Console;

/// <summary>The console's Entra ID app registration (section <c>Console:Entra</c>); ids only, no secret: the browser redeems its own code with PKCE.</summary>
public sealed class EntraOptions
{
    public const string SectionName = "Console:Entra";

    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    public string? TenantId { get; set; }

    /// <summary>Client id of the app registration that is both the console (SPA redirect) and the API (audience, app roles).</summary>
    public string? ClientId { get; set; }

    /// <summary>The delegated scope the console asks for; its token's audience is this app.</summary>
    public string ScopeName { get; set; } = "Console.Access";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>The tenant's endpoint root; the browser adds /oauth2/v2.0/authorize and /token, the app /v2.0/.well-known/openid-configuration.</summary>
    public string Authority => $"{Instance.TrimEnd('/')}/{TenantId}";
}
