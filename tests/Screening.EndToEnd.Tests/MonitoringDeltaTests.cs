using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Screening.EndToEnd.Tests;

/// <summary>
/// A list update re-screens subjects against what changed, over HTTP on a LocalHost of its own: subjects registered
/// against the UN list (whose first re-screen recorded every partition), an uploaded list designating one subject by
/// name and another by wallet raises exactly those two alerts through a delta re-screen of every partition, and a
/// false positive decided on one comes back, saying the entity changed, when the next upload changes that entity.
/// </summary>
public sealed class MonitoringDeltaTests
{
    private const string Wallet = "0x5a1e0000000000000000000000000000000000d7"; // invented

    [Fact]
    public async Task A_list_update_re_screens_subjects_against_the_delta_and_a_changed_entity_brings_a_false_positive_back()
    {
        await using var run = await MonitoringUnderFaults.StartAsync();
        using var client = run.Client();
        var contract = await OpenApiContract.LoadAsync(client);
        var ids = await run.RegisterAsync(300, "delta", designated: 1);
        using (var holder = await client.PutAsJsonAsync("v1/subjects/delta-holder", new { kind = "company", name = "Harbour Lantern Traders", wallets = new[] { new { address = Wallet, chain = "ETH" } } }))
        {
            Assert.Equal(HttpStatusCode.Created, holder.StatusCode);
        }

        var first = await run.UploadCsvAsync(Csv(dateOfBirth: string.Empty), null);
        var plan = await AssertDeltaDoneAsync(run, client, contract, first);
        var alerts = await run.CustomAlertsAsync();
        Assert.Equal(2, alerts.Count);
        var byName = Assert.Single(alerts, a => a.GetProperty("subjectId").GetString() == ids[0]);
        var byWallet = Assert.Single(alerts, a => a.GetProperty("subjectId").GetString() == "delta-holder");
        Assert.Equal(("name", "address"), (byName.GetProperty("matchedOn").GetString(), byWallet.GetProperty("matchedOn").GetString()));
        await run.WaitForEventsAsync([byName.GetProperty("id").GetString()!, byWallet.GetProperty("id").GetString()!]);

        // Every subject reads as screened against the lists of the plan, though no subject row was written by it.
        using (var subject = await client.GetAsync(new Uri($"v1/subjects/{ids[^1]}", UriKind.Relative)))
        {
            await contract.AssertConformsAsync(subject, "GET", "/v1/subjects/{subjectId}");
            Assert.Equal(plan.GetProperty("versions").GetString(), (await JsonAsync(subject)).GetProperty("screenedAgainst").GetString());
        }

        var alertId = byName.GetProperty("id").GetString();
        using var reviewer = await run.App.CreatePersonClientAsync("rosa.reviewer", "Screening.Reviewer");
        using (var decided = await reviewer.PostAsJsonAsync($"v1/alerts/{alertId}/decision", new { disposition = "false_positive", reason = "different person, born 1990" }))
        {
            await contract.AssertConformsAsync(decided, "POST", "/v1/alerts/{alertId}/decision");
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        }

        // The list adds a date of birth to that entity: the false positive comes back, saying why; nothing else is raised.
        var second = await run.UploadCsvAsync(Csv(dateOfBirth: "1961-04-02"), first);
        await AssertDeltaDoneAsync(run, client, contract, second);
        var after = await run.CustomAlertsAsync();
        Assert.Equal(3, after.Count);
        var back = Assert.Single(after, a => a.GetProperty("subjectId").GetString() == ids[0] && a.GetProperty("status").GetString() == "open");
        Assert.Equal("entity_changed", back.GetProperty("reraisedBecause").GetString());
        Assert.NotEqual(alertId, back.GetProperty("id").GetString());
        Assert.Single(after, a => a.GetProperty("subjectId").GetString() == "delta-holder");
        await run.WaitForEventsAsync([back.GetProperty("id").GetString()!]);
    }

    private static string Csv(string dateOfBirth) =>
        $"id,type,name,wallet_addresses,date_of_birth\nF-0,individual,{MonitoringUnderFaults.DesignatedName(0).ToUpperInvariant()},,{dateOfBirth}\nW-1,entity,NIGHT HERON LOGISTICS,ETH:{Wallet},\n";

    /// <summary>Waits for the re-screen against <paramref name="version"/> and checks that every partition took the delta, not everything.</summary>
    private static async Task<JsonElement> AssertDeltaDoneAsync(MonitoringUnderFaults run, HttpClient client, OpenApiContract contract, string version)
    {
        var plan = await run.WaitForRescreenDoneAsync(version);
        using var response = await client.GetAsync(new Uri("v1/monitoring/rescreen", UriKind.Relative));
        await contract.AssertConformsAsync(response, "GET", "/v1/monitoring/rescreen");
        Assert.Equal((false, 0), (plan.GetProperty("everyone").GetBoolean(), plan.GetProperty("partitionsInFull").GetInt32()));
        return plan;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
