using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Screening.LocalHost.Http;

/// <summary>
/// Enforces the authorization level of HTTP functions the way the Functions host does: the key comes in
/// <c>x-functions-key</c> or <c>?code=</c>; function-level routes take a function key or the master key,
/// admin-level routes only the master key. The caller's key name is put on <see cref="HttpContext.User"/>
/// with the claim types the Functions host uses, so the app can record who called.
/// </summary>
public sealed class FunctionKeyAuthorizer(IOptions<LocalHostOptions> options)
{
    public const string KeyIdClaimType = "http://schemas.microsoft.com/2017/07/functions/claims/keyid";
    public const string AuthLevelClaimType = "http://schemas.microsoft.com/2017/07/functions/claims/authlevel";
    public const string MasterKeyName = "master";

    public enum Outcome
    {
        Allowed,
        MissingKey,
        InvalidKey,
        InsufficientLevel,
    }

    public Outcome Authorize(HttpContext context, string authLevel)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = options.Value;
        var presented = Presented(context.Request);
        var (keyName, level) = Identify(settings, presented);
        if (keyName is not null)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(KeyIdClaimType, keyName), new Claim(AuthLevelClaimType, level!)], "WebJobsAuthLevel"));
        }

        var required = authLevel.ToUpperInvariant();
        if (!settings.RequireKeys || required == "ANONYMOUS")
        {
            return Outcome.Allowed;
        }

        if (string.IsNullOrEmpty(presented))
        {
            return Outcome.MissingKey;
        }

        return (required, level) switch
        {
            (_, null) => Outcome.InvalidKey,
            (_, "Admin") => Outcome.Allowed,
            ("FUNCTION", "Function") => Outcome.Allowed,
            _ => Outcome.InsufficientLevel,
        };
    }

    private static string? Presented(HttpRequest request)
    {
        var header = request.Headers["x-functions-key"].ToString();
        return string.IsNullOrEmpty(header) ? request.Query["code"].ToString() : header;
    }

    private static (string? Name, string? Level) Identify(LocalHostOptions settings, string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return (null, null);
        }

        if (settings.MasterKey is { Length: > 0 } master && FixedTimeEquals(master, presented))
        {
            return (MasterKeyName, "Admin");
        }

        foreach (var (name, value) in settings.FunctionKeys)
        {
            if (value.Length > 0 && FixedTimeEquals(value, presented))
            {
                return (name, "Function");
            }
        }

        return (null, null);
    }

    private static bool FixedTimeEquals(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}
