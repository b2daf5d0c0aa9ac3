using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Screening.Testing;

/// <summary>
/// A local OpenID Connect issuer standing in for an Entra ID tenant: it publishes its metadata and signing keys over
/// HTTP as Entra does (<c>{tenant}/v2.0/.well-known/openid-configuration</c> and a JWKS), signs tokens with its own RSA
/// keys, rotates them, and can stop answering (an identity provider that cannot be reached).
/// </summary>
public sealed class OpenIdServer : IDisposable
{
    public const string TenantId = "11111111-2222-3333-4444-555555555555";
    public const string ClientId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

    private readonly HttpListener _listener = new();
    private readonly Lock _lock = new();
    private RsaSecurityKey _signingKey = NewKey();
    private bool _down;
    private int _keyFetches;

    private OpenIdServer(int port)
    {
        Root = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Root.AbsoluteUri);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public Uri Root { get; }

    public string Issuer => $"{Root.AbsoluteUri}{TenantId}/v2.0";

    /// <summary>How many times the signing keys were fetched.</summary>
    public int KeyFetches => Volatile.Read(ref _keyFetches);

    public static OpenIdServer Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new OpenIdServer(port);
    }

    /// <summary>What the app configures as its Entra ID instance to use this issuer (the tenant follows it in the path).</summary>
    public string Instance => Root.AbsoluteUri;

    /// <summary>Publishes a new signing key in place of the current one, as a key rotation does; returns the new key.</summary>
    public RsaSecurityKey RotateKeys()
    {
        lock (_lock)
        {
            _signingKey = NewKey();
            return _signingKey;
        }
    }

    public RsaSecurityKey CurrentKey
    {
        get
        {
            lock (_lock)
            {
                return _signingKey;
            }
        }
    }

    public void GoDown() => _down = true;

    /// <summary>
    /// A token as Entra issues it for this app: a person's (preferred_username, scp <paramref name="scope"/>) or an
    /// application's (<paramref name="user"/> null: azp only, no scp); <paramref name="tokenType"/> is the optional idtyp claim.
    /// </summary>
    public string Token(
        IEnumerable<string> roles,
        string? user = "ada@example.org",
        string oid = "0a0a0a0a-0000-0000-0000-00000000ada0",
        string? audience = null,
        string? issuer = null,
        DateTime? expires = null,
        SecurityKey? key = null,
        string azp = "cccccccc-0000-0000-0000-0000000000c1",
        string? scope = "Console.Access",
        string? tokenType = null)
    {
        var claims = new Dictionary<string, object> { ["oid"] = oid, ["sub"] = oid, ["azp"] = azp, ["roles"] = roles.ToArray(), ["tid"] = TenantId };
        if (user is not null)
        {
            claims["preferred_username"] = user;
            if (scope is not null)
            {
                claims["scp"] = scope;
            }
        }

        if (tokenType is not null)
        {
            claims["idtyp"] = tokenType;
        }

        var expiry = expires ?? DateTime.UtcNow.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience ?? ClientId,
            IssuedAt = expiry.AddHours(-2),
            NotBefore = expiry.AddHours(-2),
            Expires = expiry,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key ?? CurrentKey, SecurityAlgorithms.RsaSha256),
        });
    }

    public static RsaSecurityKey NewKey() => new(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Answer(context);
        }
    }

    private void Answer(HttpListenerContext context)
    {
        using var response = context.Response;
        var path = context.Request.Url!.AbsolutePath;
        string? body = null;
        if (_down)
        {
            response.StatusCode = 503;
        }
        else if (path == $"/{TenantId}/v2.0/.well-known/openid-configuration")
        {
            body = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = $"{Root.AbsoluteUri}{TenantId}/oauth2/v2.0/authorize",
                ["token_endpoint"] = $"{Root.AbsoluteUri}{TenantId}/oauth2/v2.0/token",
                ["jwks_uri"] = $"{Root.AbsoluteUri}{TenantId}/discovery/v2.0/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            });
        }
        else if (path == $"/{TenantId}/discovery/v2.0/keys")
        {
            Interlocked.Increment(ref _keyFetches);
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(PublicOnly(CurrentKey));
            body = JsonSerializer.Serialize(new { keys = new[] { new { kty = "RSA", use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E } } });
        }
        else
        {
            response.StatusCode = 404;
        }

        if (body is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            response.ContentType = "application/json";
            response.OutputStream.Write(bytes);
        }
    }

    private static RsaSecurityKey PublicOnly(RsaSecurityKey key) => new(key.Rsa.ExportParameters(false)) { KeyId = key.KeyId };
}
