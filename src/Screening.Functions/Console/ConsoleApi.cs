using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Screening.Functions.Http;
using Screening.Functions.Identity;

namespace Screening.Functions.Console;

/// <summary>
/// The console's API, under console/api/: anonymous at the Functions host (a person has no function key), so the
/// app itself signs the person in (<see cref="IConsoleAuthenticator"/>) and enforces the route's app role before
/// running it. <c>console/api/sign-in</c> is the one route answered before sign-in: it tells the page how to sign in.
/// </summary>
public sealed class ConsoleApi(IConsoleAuthenticator authenticator, IServiceProvider services, ILogger<ConsoleApi> logger)
{
    private const string Prefix = "console/api/";

    [Function(nameof(ConsoleApi))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "console/api/{*path}")] HttpRequest request,
        CancellationToken cancellationToken) =>
        HttpFunction.RunAsync(request, logger, async _ =>
        {
            var path = PathOf(request);
            if (path == "sign-in" && HttpMethods.IsGet(request.Method))
            {
                return new ApiJsonResult(authenticator.SignIn, noStore: true);
            }

            var route = ConsoleRouteTable.Routes.Select(r => (Route: r, Matched: r.TryMatch(request.Method, path, out var values), Values: values)).FirstOrDefault(m => m.Matched);
            if (route.Route is null)
            {
                return ApiProblem.NotFound(request, ProblemCodes.NotFound, $"The console API has no route {request.Method} {path}.");
            }

            var person = await authenticator.AuthenticateAsync(request, cancellationToken);
            if (person is null)
            {
                return ApiProblem.Create(request, StatusCodes.Status401Unauthorized, ProblemCodes.ConsoleSignInRequired, "Sign in to use the console.");
            }

            if (!route.Route.Admits(person))
            {
                return ApiProblem.Create(request, StatusCodes.Status403Forbidden, ProblemCodes.ConsoleRoleRequired,
                    $"{request.Method} {path} needs the app role {string.Join(" or ", route.Route.Roles)}; {person.Name} holds {(person.Roles.Count == 0 ? "none" : string.Join(", ", person.Roles.Order(StringComparer.Ordinal)))}.");
            }

            // The API functions record HttpContext.User's name as the caller: make that the person, not a key.
            request.HttpContext.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, person.Actor)], "Console"));
            // The /v1 functions behind these routes check app roles themselves: they take this sign-in as the caller.
            RoleGate.SignedIn(request.HttpContext, person);
            return await route.Route.Handle(new ConsoleCall(request, route.Values, person, services, cancellationToken));
        });

    private static string PathOf(HttpRequest request)
    {
        var path = request.Path.Value ?? string.Empty;
        var at = path.IndexOf(Prefix, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? string.Empty : path[(at + Prefix.Length)..].Trim('/');
    }
}
