using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Screening.EndToEnd.Tests;

public sealed class HealthTests(ScreeningAppFixture app) : IClassFixture<ScreeningAppFixture>
{
    [Fact]
    public async Task Health_says_503_lists_unavailable_until_a_list_is_loaded()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri("v1/health", UriKind.Relative));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("lists.unavailable", body.GetProperty("code").GetString());
    }
}
