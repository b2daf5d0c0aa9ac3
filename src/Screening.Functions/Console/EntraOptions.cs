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

    /// <summary>Metadata and keys over HTTPS only; tests that serve their own OpenID Connect metadata on localhost turn it off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>How often the signing keys are fetched again even when every token's key is known (Microsoft's default: 12 hours).</summary>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// The least time between two fetches asked for by tokens whose key is unknown (a key rotation), so a flood of
    /// tokens with made-up key ids cannot hammer the identity provider. At least one second.
    /// </summary>
    public TimeSpan MinimumKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>The tenant's endpoint root; the browser adds /oauth2/v2.0/authorize and /token, the app /v2.0/.well-known/openid-configuration.</summary>
    public string Authority => $"{Instance.TrimEnd('/')}/{TenantId}";

    public string MetadataAddress => $"{Authority}/v2.0/.well-known/openid-configuration";
}
