using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Screening.Functions.Console;
using Screening.Functions.Identity;

namespace Screening.LocalHost.SignIn;

/// <summary>
/// LocalHost's stand-in for Entra ID bearer tokens on the /v1 admin routes: a token for any user name and app roles,
/// issued by <see cref="DevelopmentSignInEndpoints.TokenPath"/> to anyone who asks. Signed with a key made when the
/// process starts (so a token is good only until LocalHost restarts) and valid nowhere else: it exists so scripts and
/// end-to-end tests act as a named person, exactly as a person's Entra ID token does in Azure.
/// </summary>
public sealed class DevelopmentTokens : IBearerTokenValidator
{
    public const string Issuer = "screening-localhost-development";
    public const string Audience = "screening-localhost";
    public const string Notice = "Development token: issued by LocalHost to anyone who asks, for any user and roles; valid only on this LocalHost run. Azure takes Entra ID tokens.";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private readonly SymmetricSecurityKey _key = new(RandomNumberGenerator.GetBytes(32));
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly TimeProvider _clock;

    public DevelopmentTokens(TimeProvider clock) => _clock = clock;

    public string Issue(ConsolePerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var now = _clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            ["oid"] = person.Id,
            ["preferred_username"] = person.Name,
            ["roles"] = person.Roles.Order(StringComparer.Ordinal).ToArray(),
        };
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
    }

    public async Task<BearerTokenValidation> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Audience,
            IssuerSigningKey = _key,
            ValidateLifetime = true,
            RequireExpirationTime = true,
        }).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return BearerTokenValidation.Invalid("it is not a development token of this LocalHost run (tokens end when LocalHost restarts; ask " + DevelopmentSignInEndpoints.TokenPath + " again).");
        }

        var claims = result.ClaimsIdentity;
        var id = claims.FindFirst("oid")?.Value;
        var name = claims.FindFirst("preferred_username")?.Value;
        return id is null || name is null
            ? BearerTokenValidation.Invalid("it names no user.")
            : BearerTokenValidation.Valid(new ConsolePerson(id, name, claims.FindAll("roles").Select(c => c.Value).Where(ConsoleRoles.All.Contains).ToHashSet(StringComparer.Ordinal)));
    }

}
