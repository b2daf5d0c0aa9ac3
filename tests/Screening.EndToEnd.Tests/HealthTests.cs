using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Screening.EndToEnd.Tests;

public sealed class HealthTests(ScreeningAppFixture app) : IClassFixture<ScreeningAppFixture>
{
    [Fact]
    public async Task With_no_list_loaded_health_and_screening_stay_503_after_the_store_was_checked()
    {
        using var client = app.CreateClient();
        // Several activation polls (1 s each): an empty store must never turn into "ready, no match".
        for (var check = 0; check < 8; check++)
        {
            using var health = await client.GetAsync(new Uri("v1/health", UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Equal("lists.unavailable", (await health.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
            await Task.Delay(500);
        }

        using var screened = await client.PostAsJsonAsync("v1/screen/name", new { name = "LAZARUS GROUP" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, screened.StatusCode);
        Assert.Equal("lists.unavailable", (await screened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }
}
