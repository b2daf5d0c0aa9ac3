using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Screening.Functions.Console;
using Screening.Functions.Identity;

namespace Screening.LocalHost.SignIn;

/// <summary>
/// The development sign-in page of LocalHost: choose a user name and app roles, get a cookie, go back to the
/// console. Registered by LocalHost's Program only; the Functions assembly knows nothing of it.
/// </summary>
public static class DevelopmentSignInEndpoints
{
    public const string Path = "/dev-sign-in";
    public const string SignOutPath = "/dev-sign-out";

    /// <summary>Issues a development bearer token for the /v1 admin routes: <c>POST /dev-token?name=ada&amp;role=Screening.ListApprover</c>.</summary>
    public const string TokenPath = "/dev-token";
    private const string DefaultReturn = "/api/console/";

    public static IServiceCollection AddDevelopmentSignIn(this IServiceCollection services)
    {
        services.RemoveAll<IConsoleAuthenticator>();
        services.AddSingleton<IConsoleAuthenticator, DevelopmentSignIn>();
        services.RemoveAll<IBearerTokenValidator>();
        services.AddSingleton<DevelopmentTokens>();
        services.AddSingleton<IBearerTokenValidator>(provider => provider.GetRequiredService<DevelopmentTokens>());
        return services;
    }

    public static WebApplication MapDevelopmentSignIn(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(Path, (HttpContext context) => Results.Content(Page(LocalReturn(context.Request.Query["return"])), "text/html; charset=utf-8"));
        app.MapPost(Path, async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var name = form["name"].ToString().Trim();
            if (name.Length is 0 or > 100)
            {
                return Results.Content(Page(LocalReturn(form["return"]), "Give a user name of 1 to 100 characters."), "text/html; charset=utf-8", statusCode: 400);
            }

            var person = new ConsolePerson(name, name, form["role"].Where(r => r is not null && ConsoleRoles.All.Contains(r)).Select(r => r!).ToHashSet(StringComparer.Ordinal));
            context.Response.Cookies.Append(DevelopmentPerson.CookieName, DevelopmentPerson.Encode(person),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true });
            return Results.Redirect(LocalReturn(form["return"]));
        });
        app.MapPost(TokenPath, (HttpContext context, DevelopmentTokens tokens) =>
        {
            var name = context.Request.Query["name"].ToString().Trim();
            if (name.Length is 0 or > 100)
            {
                return Results.Problem(statusCode: 400, title: "Bad Request", detail: "Give the user name as ?name= (1 to 100 characters), and each app role as ?role=.",
                    extensions: new Dictionary<string, object?> { ["code"] = "validation.failed", ["errors"] = new Dictionary<string, string[]> { ["name"] = ["1 to 100 characters."] } });
            }

            var unknown = context.Request.Query["role"].Where(r => r is null || !ConsoleRoles.All.Contains(r)).ToList();
            if (unknown.Count > 0)
            {
                return Results.Problem(statusCode: 400, title: "Bad Request", detail: $"Unknown app role {string.Join(", ", unknown)}; roles: {string.Join(", ", ConsoleRoles.All)}.",
                    extensions: new Dictionary<string, object?> { ["code"] = "validation.failed", ["errors"] = new Dictionary<string, string[]> { ["role"] = [$"one of {string.Join(", ", ConsoleRoles.All)}."] } });
            }

            var person = new ConsolePerson(name, name, context.Request.Query["role"].Select(r => r!).ToHashSet(StringComparer.Ordinal));
            context.Response.Headers.CacheControl = "no-store";
            return Results.Json(new
            {
                accessToken = tokens.Issue(person),
                tokenType = "Bearer",
                expiresIn = (int)DevelopmentTokens.Lifetime.TotalSeconds,
                notice = DevelopmentTokens.Notice,
            });
        });
        app.MapPost(SignOutPath, (HttpContext context) =>
        {
            context.Response.Cookies.Delete(DevelopmentPerson.CookieName, new CookieOptions { Path = "/" });
            return Results.Redirect(Path);
        });
        return app;
    }

    /// <summary>Only a path on this host: a sign-in page must not send anyone elsewhere.</summary>
    private static string LocalReturn(string? requested) =>
        requested is { Length: > 0 } r && r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal) && !r.Contains('\\', StringComparison.Ordinal) ? r : DefaultReturn;

    private static string Page(string returnTo, string? error = null)
    {
        var roles = new StringBuilder();
        foreach (var role in ConsoleRoles.All)
        {
            var id = "role-" + role.Replace('.', '-');
            roles.Append(CultureInfoInvariant($"<li><input type=\"checkbox\" name=\"role\" id=\"{id}\" value=\"{role}\"><label for=\"{id}\">{role}</label></li>"));
        }

        var message = error is null ? string.Empty : $"<p role=\"alert\" class=\"error\">{WebUtility.HtmlEncode(error)}</p>";
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Development sign-in · Screening console</title>
            <style>
            body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fff; }
            .dev-banner { background: #5c1f00; color: #fff; padding: .5rem 1rem; font-weight: 600; }
            main { max-width: 32rem; margin: 2rem auto; padding: 0 1rem; }
            ul { list-style: none; padding: 0; }
            input[type=text] { font: inherit; padding: .4rem; width: 100%; box-sizing: border-box; }
            button { font: inherit; padding: .5rem 1rem; background: #0b4f8a; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
            button:focus-visible, input:focus-visible { outline: 3px solid #f0a400; outline-offset: 2px; }
            .error { color: #a4000f; font-weight: 600; }
            </style>
            </head>
            <body>
            <div class="dev-banner" role="note">{{WebUtility.HtmlEncode(DevelopmentSignIn.Notice)}}</div>
            <main>
            <h1>Development sign-in</h1>
            {{message}}
            <form method="post" action="{{Path}}">
            <input type="hidden" name="return" value="{{WebUtility.HtmlEncode(returnTo)}}">
            <p><label for="name">User name</label><br><input type="text" id="name" name="name" required maxlength="100" autocomplete="username"></p>
            <fieldset><legend>App roles</legend><ul>{{roles}}</ul></fieldset>
            <p><button type="submit">Sign in</button></p>
            </form>
            </main>
            </body>
            </html>
            """;
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);
}
