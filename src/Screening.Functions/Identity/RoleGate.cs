using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Screening.Functions.Console;
using Screening.Functions.Http;

namespace Screening.Functions.Identity;

/// <summary>
/// The app-role check of the /v1 admin routes, which are anonymous at the Functions host: in Azure the host checks
/// keys before the worker runs and the isolated worker cannot tell which key was used, so these routes are opened by
/// an Entra ID bearer token holding the route's app role instead (a person's token, or a client-credentials token of a
/// service principal or managed identity). A console call arrives already signed in by the console's authenticator.
/// The admitted caller becomes <see cref="HttpContext.User"/>, so what the route records names that person or app.
/// </summary>
public sealed class RoleGate(IBearerTokenValidator tokens)
{
    /// <summary>The claim holding the admitted caller's object id on <see cref="HttpContext.User"/>.</summary>
    public const string CallerIdClaim = "oid";

    private const string BearerPrefix = "Bearer ";
    private static readonly object SignedInKey = new();

    /// <summary>The console's sign-in already checked this person for this request; the gate takes it as it is.</summary>
    public static void SignedIn(HttpContext context, ConsolePerson person)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[SignedInKey] = person;
    }

    /// <summary>Null when the caller holds <paramref name="role"/> (and is now the request's user); otherwise the 401 or 403 to answer (tokens that cannot be checked now throw <see cref="SignInUnavailableException"/>, a 503 from <see cref="HttpFunction.RunAsync"/>).</summary>
    public async Task<IActionResult?> RefuseAsync(HttpRequest request, string role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = request.HttpContext;
        var caller = context.Items[SignedInKey] as ConsolePerson;
        if (caller is null)
        {
            var header = request.Headers.Authorization.ToString();
            if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) || header.Length == BearerPrefix.Length)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                return ApiProblem.Create(request, StatusCodes.Status401Unauthorized, ProblemCodes.AuthTokenRequired,
                    $"{request.Method} {request.Path} needs an Entra ID bearer token with the app role {role} (Authorization: Bearer <token>); function and master keys do not open it.");
            }

            // Tokens that cannot be checked now (SignInUnavailableException) are answered 503 by HttpFunction.RunAsync,
            // which every gated route runs inside, as for the console's sign-in.
            var validation = await tokens.ValidateAsync(header[BearerPrefix.Length..].Trim(), cancellationToken);
            if (validation.Caller is null)
            {
                context.Response.Headers.WWWAuthenticate = $"Bearer error=\"invalid_token\", error_description=\"{validation.Refusal}\"";
                return ApiProblem.Create(request, StatusCodes.Status401Unauthorized, ProblemCodes.AuthTokenInvalid, $"The bearer token is refused: {validation.Refusal}");
            }

            caller = validation.Caller;
        }

        if (!caller.Holds(role))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"insufficient_scope\"";
            return ApiProblem.Create(request, StatusCodes.Status403Forbidden, ProblemCodes.AuthRoleRequired,
                $"{request.Method} {request.Path} needs the app role {role}; {caller.Name} holds {(caller.Roles.Count == 0 ? "none" : string.Join(", ", caller.Roles.Order(StringComparer.Ordinal)))}.");
        }

        // Only the admitted caller: a key the host may also have seen must not be what the route records.
        context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, caller.Actor), new Claim(CallerIdClaim, caller.Id)], "Bearer"));
        SignedIn(context, caller);
        return null;
    }

    /// <summary>The admitted caller of this request (after <see cref="RefuseAsync"/> returned null).</summary>
    public static ConsolePerson? CallerOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[SignedInKey] as ConsolePerson;
    }
}
