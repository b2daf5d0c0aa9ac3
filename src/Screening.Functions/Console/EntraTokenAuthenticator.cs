using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Screening.Functions.Console;

/// <summary>
/// Validates the Entra ID access token the console sends as <c>Authorization: Bearer</c>: signature against the
/// tenant's published keys (cached and refreshed by the library), issuer, audience (this app), lifetime. The
/// Flex Consumption plan does not offer App Service built-in authentication, so the app checks tokens itself.
/// </summary>
public sealed class EntraTokenAuthenticator : IConsoleAuthenticator
{
    private readonly EntraOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public EntraTokenAuthenticator(IOptions<EntraOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(
            $"{_options.Authority}/v2.0/.well-known/openid-configuration", new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever());
        SignIn = new ConsoleSignIn(ConsoleSignIn.Entra, Authority: _options.Authority, ClientId: _options.ClientId,
            Scope: $"api://{_options.ClientId}/{_options.ScopeName}");
    }

    public ConsoleSignIn SignIn { get; }

    public async Task<ConsolePerson?> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var configuration = await _metadata.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var result = await _handler.ValidateTokenAsync(header["Bearer ".Length..].Trim(), new TokenValidationParameters
        {
            ValidIssuer = configuration.Issuer,
            ValidAudiences = [_options.ClientId, $"api://{_options.ClientId}"],
            IssuerSigningKeys = configuration.SigningKeys,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(2),
        }).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return null;
        }

        var claims = result.ClaimsIdentity;
        var id = claims.FindFirst("oid")?.Value ?? claims.FindFirst("sub")?.Value;
        if (id is null)
        {
            return null;
        }

        var name = claims.FindFirst("preferred_username")?.Value ?? claims.FindFirst("name")?.Value ?? id;
        var roles = claims.FindAll("roles").Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new ConsolePerson(id, name, roles);
    }
}
