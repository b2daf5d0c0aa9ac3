using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Screening.LocalHost.Tests.Http;

public sealed class HttpTriggerTests(TestAppHostFixture host) : IClassFixture<TestAppHostFixture>
{
    [Fact]
    public async Task Route_parameters_and_optional_segments_reach_the_function()
    {
        using var client = host.CreateClient(TestAppHostFixture.FunctionKey);
        var withLabel = await client.GetFromJsonAsync<JsonElement>("echo/42/hello");
        var withoutLabel = await client.GetFromJsonAsync<JsonElement>("echo/7");
        Assert.Equal((42, "hello"), (withLabel.GetProperty("id").GetInt32(), withLabel.GetProperty("label").GetString()));
        Assert.Equal(JsonValueKind.Null, withoutLabel.GetProperty("label").ValueKind);
    }

    [Fact]
    public async Task A_route_constraint_that_fails_is_a_problem_404()
    {
        using var client = host.CreateClient(TestAppHostFixture.FunctionKey);
        using var response = await client.GetAsync(new Uri("echo/not-a-number", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_method_the_function_does_not_allow_is_405_with_allow()
    {
        using var client = host.CreateClient(TestAppHostFixture.FunctionKey);
        using var response = await client.DeleteAsync(new Uri("echo/1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Function_routes_need_a_key_when_keys_are_required()
    {
        using var anonymous = host.CreateClient();
        using var wrong = host.CreateClient("not-a-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("echo/1", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync(new Uri("echo/1", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_key_in_the_code_query_parameter_is_accepted_and_named_to_the_app()
    {
        using var client = host.CreateClient();
        var body = await client.GetFromJsonAsync<JsonElement>($"echo/1?code={TestAppHostFixture.FunctionKey}");
        Assert.Equal(TestAppHostFixture.FunctionKeyName, body.GetProperty("caller").GetString());
    }

    [Fact]
    public async Task Admin_routes_refuse_a_function_key_and_take_the_master_key()
    {
        using var function = host.CreateClient(TestAppHostFixture.FunctionKey);
        using var master = host.CreateClient(TestAppHostFixture.MasterKey);
        using var refused = await function.GetAsync(new Uri("admin/invocations", UriKind.Relative));
        using var allowed = await master.GetAsync(new Uri("admin/invocations", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }
}
