using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.Configuration;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Screening.Functions.Identity;

namespace Screening.Functions.Console;

/// <summary>
/// Validates Entra ID access tokens sent as <c>Authorization: Bearer</c>, for the console and for the /v1 admin routes:
/// signature against the tenant's published keys, issuer, audience (this app), lifetime. The keys come from a
/// <see cref="ConfigurationManager{T}"/> that refreshes them on its own schedule and, when a token is signed with a key
/// it does not know (Entra rotated its keys), is asked to fetch them again before the token is refused. When the
/// metadata cannot be fetched at all, tokens cannot be checked: <see cref="SignInUnavailableException"/> (answered 503).
/// The Flex Consumption plan does not offer App Service built-in authentication, so the app checks tokens itself.
/// </summary>
public sealed class EntraTokenAuthenticator : IConsoleAuthenticator, IBearerTokenValidator
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>How long a token with an unknown key waits for the refetched keys before it is refused.</summary>
    private static readonly TimeSpan KeyRefreshWait = TimeSpan.FromSeconds(5);

    private readonly EntraOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly TimeProvider _clock;
    private readonly Lock _refreshLock = new();
    private DateTimeOffset? _lastKeyRefresh;

    public EntraTokenAuthenticator(IOptions<EntraOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _clock = clock;
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(
            _options.MetadataAddress, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever { RequireHttps = _options.RequireHttpsMetadata })
        {
            // The library refuses shorter intervals by throwing; a mis-set option must not turn every sign-in into a 500.
            AutomaticRefreshInterval = Longer(_options.MetadataRefreshInterval, ConfigurationManager<OpenIdConnectConfiguration>.MinimumAutomaticRefreshInterval),
            RefreshInterval = Longer(_options.MinimumKeyRefreshInterval, ConfigurationManager<OpenIdConnectConfiguration>.MinimumRefreshInterval),
        };
        SignIn = new ConsoleSignIn(ConsoleSignIn.Entra, Authority: _options.Authority, ClientId: _options.ClientId,
            Scope: $"api://{_options.ClientId}/{_options.ScopeName}");
    }

    public ConsoleSignIn SignIn { get; }

    private static TimeSpan Longer(TimeSpan configured, TimeSpan floor) => configured > floor ? configured : floor;

    public async Task<ConsolePerson?> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? (await ValidateAsync(header[BearerPrefix.Length..].Trim(), cancellationToken).ConfigureAwait(false)).Caller
            : null;
    }

    public async Task<BearerTokenValidation> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var configuration = await ConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var result = await ValidateAsync(token, configuration).ConfigureAwait(false);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException && ShouldRefreshKeys())
        {
            _metadata.RequestRefresh();
            if (await RefreshedConfigurationAsync(configuration, cancellationToken).ConfigureAwait(false) is { } refreshed)
            {
                result = await ValidateAsync(token, refreshed).ConfigureAwait(false);
            }
        }

        if (!result.IsValid)
        {
            return BearerTokenValidation.Invalid(Reason(result.Exception));
        }

        if (MissingDelegatedScope(result.ClaimsIdentity))
        {
            return BearerTokenValidation.Invalid($"it is a person's (delegated) token without this API's scope '{_options.ScopeName}' in scp.");
        }

        return CallerOf(result.ClaimsIdentity) is { } caller ? BearerTokenValidation.Valid(caller) : BearerTokenValidation.Invalid("it names no object id (oid) or subject (sub).");
    }

    /// <summary>
    /// A delegated token (one acting for a signed-in person: it has <c>scp</c>, <c>idtyp=user</c>, or a user name and
    /// no <c>idtyp=app</c>) is only good here when the person consented to this API's own scope: a token another
    /// client obtained for a different scope of this audience must not act on the person's app roles. An app-only
    /// token (client credentials: no <c>scp</c>, no user) has no scope to check and relies on its app roles alone.
    /// </summary>
    private bool MissingDelegatedScope(System.Security.Claims.ClaimsIdentity claims)
    {
        var scopes = claims.FindFirst("scp")?.Value;
        var tokenType = claims.FindFirst("idtyp")?.Value;
        var delegated = scopes is not null
            || string.Equals(tokenType, "user", StringComparison.Ordinal)
            || (!string.Equals(tokenType, "app", StringComparison.Ordinal) && UserNameOf(claims) is not null);
        return delegated
            && !(scopes ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(_options.ScopeName, StringComparer.Ordinal);
    }

    private static string? UserNameOf(System.Security.Claims.ClaimsIdentity claims) =>
        claims.FindFirst("preferred_username")?.Value ?? claims.FindFirst("name")?.Value;

    /// <summary>
    /// A person's token carries their user name; a client-credentials token (a service principal or managed identity)
    /// carries no user and no delegated scope, only the application's id and its roles: it is recorded as that application.
    /// </summary>
    private static ConsolePerson? CallerOf(System.Security.Claims.ClaimsIdentity claims)
    {
        var id = claims.FindFirst("oid")?.Value ?? claims.FindFirst("sub")?.Value;
        if (id is null)
        {
            return null;
        }

        var roles = claims.FindAll("roles").Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var user = UserNameOf(claims);
        if (user is not null || claims.FindFirst("scp") is not null)
        {
            return new ConsolePerson(id, user ?? id, roles);
        }

        var application = claims.FindFirst("app_displayname")?.Value ?? claims.FindFirst("azp")?.Value ?? claims.FindFirst("appid")?.Value ?? id;
        return new ConsolePerson(id, $"application {application}", roles);
    }

    private async Task<OpenIdConnectConfiguration> ConfigurationAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _metadata.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is InvalidOperationException or HttpRequestException or IOException or InvalidConfigurationException)
        {
            throw new SignInUnavailableException($"The OpenID Connect metadata at {_options.MetadataAddress} cannot be fetched.", exception);
        }
    }

    /// <summary>One key refresh per <see cref="EntraOptions.MinimumKeyRefreshInterval"/>, as the manager itself allows; otherwise no wait.</summary>
    private bool ShouldRefreshKeys()
    {
        var now = _clock.GetUtcNow();
        lock (_refreshLock)
        {
            if (_lastKeyRefresh is { } last && now - last < _options.MinimumKeyRefreshInterval)
            {
                return false;
            }

            _lastKeyRefresh = now;
            return true;
        }
    }

    /// <summary>The manager refreshes in the background after a request: wait (briefly) until it serves a newer configuration.</summary>
    private async Task<OpenIdConnectConfiguration?> RefreshedConfigurationAsync(OpenIdConnectConfiguration previous, CancellationToken cancellationToken)
    {
        var deadline = _clock.GetUtcNow() + KeyRefreshWait;
        while (true)
        {
            var current = await ConfigurationAsync(cancellationToken).ConfigureAwait(false);
            if (!ReferenceEquals(current, previous))
            {
                return current;
            }

            if (_clock.GetUtcNow() >= deadline)
            {
                return null;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), _clock, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<TokenValidationResult> ValidateAsync(string token, OpenIdConnectConfiguration configuration) =>
        _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = configuration.Issuer,
            ValidAudiences = [_options.ClientId, $"api://{_options.ClientId}"],
            IssuerSigningKeys = configuration.SigningKeys,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromMinutes(2),
        });

    private static string Reason(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "it has expired.",
        SecurityTokenNotYetValidException => "it is not valid yet.",
        SecurityTokenInvalidAudienceException => "it was issued for another audience.",
        SecurityTokenInvalidIssuerException => "it was issued by another issuer.",
        SecurityTokenSignatureKeyNotFoundException => "it is signed with a key the issuer does not publish.",
        SecurityTokenInvalidSignatureException => "its signature is not valid.",
        SecurityTokenNoExpirationException => "it has no expiry.",
        _ => "it is not a well-formed, signed JSON Web Token.",
    };
}
