using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Screening.Functions.Console;
using Screening.Functions.Http;

namespace Screening.Functions.Tests.Console;

/// <summary>The console API's gate: sign-in first, then the route's role; only sign-in is answered to anyone.</summary>
public sealed class ConsoleApiTests
{
    [Fact]
    public async Task Sign_in_is_described_to_a_caller_who_is_not_signed_in()
    {
        var result = await RunAsync("GET", "sign-in", person: null);

        var json = Assert.IsType<ApiJsonResult>(result);
        Assert.Equal(StatusCodes.Status200OK, json.StatusCode);
        Assert.Equal(ConsoleSignIn.Development, Assert.IsType<ConsoleSignIn>(json.Value).Kind);
    }

    [Fact]
    public async Task A_caller_who_is_not_signed_in_is_refused_with_401()
    {
        var result = await RunAsync("GET", "lists", person: null);

        AssertProblem(result, StatusCodes.Status401Unauthorized, ProblemCodes.ConsoleSignInRequired);
    }

    [Fact]
    public async Task A_reviewer_is_refused_an_activation_with_403_naming_the_role()
    {
        var reviewer = new ConsolePerson("rex", "rex", new HashSet<string> { ConsoleRoles.Reviewer });

        var result = await RunAsync("POST", "lists/ofac-sdn/versions/v1/activate", reviewer);

        var problem = AssertProblem(result, StatusCodes.Status403Forbidden, ProblemCodes.ConsoleRoleRequired);
        Assert.Contains(ConsoleRoles.ListApprover, problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_signed_in_person_is_told_who_they_are()
    {
        var person = new ConsolePerson("ada", "Ada", new HashSet<string> { ConsoleRoles.ListApprover });

        var result = await RunAsync("GET", "me", person);

        var json = Assert.IsType<ApiJsonResult>(result);
        Assert.Equal(StatusCodes.Status200OK, json.StatusCode);
        Assert.Contains("Ada", System.Text.Json.JsonSerializer.Serialize(json.Value), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_console_route_is_404()
    {
        var person = new ConsolePerson("ann", "ann", new HashSet<string> { ConsoleRoles.Admin });

        var result = await RunAsync("GET", "no/such/route", person);

        AssertProblem(result, StatusCodes.Status404NotFound, ProblemCodes.NotFound);
    }

    [Fact]
    public async Task When_sign_in_cannot_be_checked_the_console_answers_503_with_retry_after_not_500()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = "/api/console/api/lists";
        var api = new ConsoleApi(new UnreachableIssuer(), new ServiceCollection().BuildServiceProvider(), NullLogger<ConsoleApi>.Instance);

        var result = await api.Run(context.Request, CancellationToken.None);

        AssertProblem(result, StatusCodes.Status503ServiceUnavailable, ProblemCodes.AuthUnavailable);
        Assert.Equal(ApiProblem.RetryAfterSeconds, Assert.IsType<ApiJsonResult>(result).RetryAfterSeconds);
    }

    private static ApiProblem.ProblemBody AssertProblem(IActionResult result, int status, string code)
    {
        var json = Assert.IsType<ApiJsonResult>(result);
        Assert.Equal(status, json.StatusCode);
        var problem = Assert.IsType<ApiProblem.ProblemBody>(json.Value);
        Assert.Equal(code, problem.Code);
        return problem;
    }

    private static Task<IActionResult> RunAsync(string method, string path, ConsolePerson? person)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = "/api/console/api/" + path;
        var api = new ConsoleApi(new FixedPerson(person), new ServiceCollection().BuildServiceProvider(), NullLogger<ConsoleApi>.Instance);
        return api.Run(context.Request, CancellationToken.None);
    }

    private sealed class UnreachableIssuer : IConsoleAuthenticator
    {
        public ConsoleSignIn SignIn { get; } = new(ConsoleSignIn.Entra);

        public Task<ConsolePerson?> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken) =>
            throw new Screening.Functions.Identity.SignInUnavailableException("metadata unreachable");
    }

    private sealed class FixedPerson(ConsolePerson? person) : IConsoleAuthenticator
    {
        public ConsoleSignIn SignIn { get; } = new(ConsoleSignIn.Development, Url: "/dev-sign-in");

        public Task<ConsolePerson?> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken) => Task.FromResult(person);
    }
}
