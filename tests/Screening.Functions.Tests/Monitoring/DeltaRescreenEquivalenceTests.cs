using System.Globalization;
using Azure.Data.Tables;
using Screening.Domain.Model;
using Screening.Domain.Monitoring;
using Screening.Domain.Screening;
using Screening.Domain.Sources;
using Screening.Functions.Contracts;
using Screening.Functions.Services;
using Screening.Functions.Services.Monitoring;
using Screening.Infrastructure.Monitoring;
using Screening.Testing;

namespace Screening.Functions.Tests.Monitoring;

/// <summary>
/// The delta re-screen leaves exactly the alerts a full re-screen leaves, on a real update: subjects registered against
/// the 2021-07-07 SDN set (2,000 synthetic people and companies from several cultures, and subjects designed to meet
/// the update: names and wallets of added entities, names of changed, unchanged and delisted ones, with typos, and
/// false positives decided on changed entities), then re-screened against the 2024-05-03 SDN file, once against the
/// delta and once against everything, each on its own Azurite.
/// </summary>
public sealed class DeltaRescreenEquivalenceTests
{
    private const string Source = "ofac-sdn";
    private static readonly Lazy<(ActiveIndexState Before, ActiveIndexState After)> Sdn = new(() => (State("v-2021-07-07", "sdn_csv_2021-07-07_full_set"), State("v-2024-05-03", "sdn_csv_2024-05-03")));

    [Fact]
    public async Task A_delta_rescreen_of_the_2021_to_2024_SDN_update_leaves_the_same_alerts_as_a_full_rescreen()
    {
        var (before, after) = Sdn.Value;
        var subjects = Subjects(before.Index!, after.Index!);
        var delta = await RescreenAsync(subjects, before, after, everyone: false);
        var full = await RescreenAsync(subjects, before, after, everyone: true);

        Assert.All(delta.Scopes, scope => Assert.StartsWith("13", scope, StringComparison.Ordinal));
        Assert.All(full.Scopes, scope => Assert.StartsWith("everything", scope, StringComparison.Ordinal));
        var onlyFull = full.Alerts.Except(delta.Alerts).ToList();
        var onlyDelta = delta.Alerts.Except(full.Alerts).ToList();
        Assert.True(onlyFull.Count == 0 && onlyDelta.Count == 0, $"only full: {string.Join("; ", onlyFull.Take(5))} | only delta: {string.Join("; ", onlyDelta.Take(5))}");

        // The comparison means something: the update raised alerts, brought decided ones back and delisted others.
        Assert.True(delta.Alerts.Count(a => a.Raised.EndsWith(SubjectAlerting.ByRescreen, StringComparison.Ordinal) && a.Version == "v-2024-05-03") >= 40, string.Join("; ", delta.Alerts));
        Assert.Contains(delta.Alerts, a => a.ReraisedBecause == AlertRaising.EntityChanged);
        Assert.Contains(delta.Alerts, a => a.Status == AlertStatus.EntityDelisted);
    }

    private static async Task<(HashSet<AlertFacts> Alerts, List<string> Scopes)> RescreenAsync(IReadOnlyList<SubjectBatchItem> subjects, ActiveIndexState before, ActiveIndexState after, bool everyone)
    {
        var monitoring = new MonitoringFixture();
        await monitoring.InitializeAsync();
        try
        {
            // The 2021 set was active, and planned, before the subjects were registered.
            monitoring.Index.Publish(before);
            await RescreenAllAsync(monitoring, "plan-2021", everyone: false);
            foreach (var batch in subjects.Chunk(1_000))
            {
                var registered = (await monitoring.Subjects.RegisterBatchAsync(new SubjectBatchRequest(batch), Calls.Test, default)).Value!;
                Assert.All(registered.Results, r => Assert.Null(r.Problem));
            }

            // Decided false positives on entities the update changes: they come back, saying the entity changed.
            foreach (var alert in (await AlertsAsync(monitoring)).Where(a => a.SubjectId.StartsWith("fp-", StringComparison.Ordinal)))
            {
                await monitoring.Alerts.DecideAsync(alert.Id, AlertStatus.FalsePositive, "not the listed party", Calls.Test, default);
            }

            monitoring.Index.Publish(after);
            await RescreenAllAsync(monitoring, everyone ? "plan-2024-everyone" : "plan-2024-delta", everyone);
            var alerts = (await AlertsAsync(monitoring))
                .Select(a => new AlertFacts(a.Id, a.SubjectId, a.EntityId, a.ListVersion, a.Status, a.Score, a.ReraisedBecause, a.History[0].Reason!))
                .ToHashSet();
            var scopes = new List<string>();
            await foreach (var row in new TableServiceClient(monitoring.ConnectionString).GetTableClient(MonitoringTables.Rescreens)
                               .QueryAsync<TableEntity>($"PartitionKey eq '{(everyone ? "plan-2024-everyone" : "plan-2024-delta")}'"))
            {
                scopes.Add(row.GetString("Scope"));
            }

            Assert.Equal(SubjectPartition.Count, scopes.Count);
            return (alerts, scopes);
        }
        finally
        {
            await monitoring.DisposeAsync();
        }
    }

    private static async Task RescreenAllAsync(MonitoringFixture monitoring, string planKey, bool everyone)
    {
        var state = monitoring.Index.Current;
        var listsKey = ListsKey.Of(state, Domain.Names.NameMatchingOptions.Default);
        var now = DateTimeOffset.UtcNow;
        var (_, etag) = await monitoring.Plans.GetCurrentAsync(default);
        Assert.True(await monitoring.Plans.TrySetCurrentAsync(new RescreenPlan(planKey, listsKey, ListsKey.Versions(state), "test", true, now, everyone, now), etag, default));
        await Parallel.ForAsync(0, SubjectPartition.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (partition, token) =>
            Assert.Equal(RescreenOutcome.Done, await monitoring.Rescreen.RunAsync(new RescreenWork(planKey, listsKey, partition, "test", everyone, now), token)));
    }

    private static Task<List<StoredAlert>> AlertsAsync(MonitoringFixture monitoring) => monitoring.AllAlertsAsync(new AlertFilter(null, null, null), 500);

    /// <summary>2,000 synthetic subjects and about 200 designed to meet the update, the same on every call.</summary>
    private static List<SubjectBatchItem> Subjects(ScreeningIndex before, ScreeningIndex after)
    {
        var random = new Random(20261130);
        var subjects = new List<SubjectBatchItem>();
        for (var i = 0; i < 2_000; i++)
        {
            var company = random.Next(4) == 0;
            var name = company ? $"{Pick(random, CompanyWords)} {Pick(random, CompanyKinds)} {Pick(random, ["Ltd", "LLC", "GmbH", "SA", "FZE"])}" : $"{Pick(random, Given)} {Pick(random, Family)}";
            var dateOfBirth = company ? null : string.Create(CultureInfo.InvariantCulture, $"{random.Next(1940, 2005)}-{random.Next(1, 13):D2}-{random.Next(1, 29):D2}");
            subjects.Add(new SubjectBatchItem($"syn-{i:D4}", company ? "company" : "person", name, DateOfBirth: dateOfBirth, Country: Pick(random, ["GB", "US", "AE", "CN", "RU", "IR", "NG", "IN", "DE", "TR"])));
        }

        var old = before.Entities;
        var added = after.Entities.Values.Where(e => !old.ContainsKey(e.Id)).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var changed = after.Entities.Values.Where(e => old.TryGetValue(e.Id, out var was) && EntityFingerprint.OfScreened(was) != EntityFingerprint.OfScreened(e)).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var recordOnly = after.Entities.Values.Where(e => old.TryGetValue(e.Id, out var was) && EntityFingerprint.OfScreened(was) == EntityFingerprint.OfScreened(e) && EntityFingerprint.Of(was) != EntityFingerprint.Of(e)).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var unchanged = after.Entities.Values.Where(e => old.TryGetValue(e.Id, out var was) && EntityFingerprint.Of(was) == EntityFingerprint.Of(e)).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var delisted = old.Values.Where(e => !after.Entities.ContainsKey(e.Id)).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        Assert.True(recordOnly.Count > 0 && unchanged.Count > 0 && delisted.Count > 0, $"{recordOnly.Count} changed outside what is screened, {unchanged.Count} unchanged, {delisted.Count} delisted");

        AddNamed(subjects, "add", Every(added, 60), typo: false);
        AddNamed(subjects, "add-typo", Every(added, 30).Skip(1), typo: true);
        AddNamed(subjects, "chg", Every(changed, 30), typo: false);
        AddNamed(subjects, "same", Every(unchanged, 10), typo: false);
        AddNamed(subjects, "gone", Every(delisted, 10), typo: false);
        AddNamed(subjects, "fp-rec", Every(recordOnly, 10), typo: false);
        AddNamed(subjects, "fp-chg", Every(changed, 10).Skip(1), typo: false);
        var wallets = added.SelectMany(e => e.DigitalCurrencyAddresses).Where(w => w.Value.StartsWith("0x", StringComparison.Ordinal)).Take(10).ToList();
        subjects.AddRange(wallets.Select((w, i) => new SubjectBatchItem($"wal-{i:D3}", "wallet", Wallets: [new WalletRequest(w.Value, "ETH")])));
        return subjects;
    }

    private static void AddNamed(List<SubjectBatchItem> subjects, string prefix, IEnumerable<SanctionedEntity> entities, bool typo)
    {
        var i = 0;
        foreach (var entity in entities)
        {
            var name = typo ? Typo(entity.PrimaryName.Value) : entity.PrimaryName.Value;
            var kind = entity.Type switch { EntityType.Individual => "person", EntityType.Vessel => "vessel", _ => "company" };
            subjects.Add(new SubjectBatchItem($"{prefix}-{i++:D3}", kind, name));
        }
    }

    private static IEnumerable<SanctionedEntity> Every(List<SanctionedEntity> entities, int count) =>
        entities.Where((_, i) => i % Math.Max(1, entities.Count / count) == 0).Take(count);

    /// <summary>Two letters in the middle of the longest word swapped: what a clerk types.</summary>
    private static string Typo(string name)
    {
        var words = name.Split(' ');
        var longest = Array.IndexOf(words, words.MaxBy(w => w.Length));
        var word = words[longest].ToCharArray();
        if (word.Length >= 5)
        {
            (word[2], word[3]) = (word[3], word[2]);
        }

        words[longest] = new string(word);
        return string.Join(' ', words);
    }

    private static ActiveIndexState State(string version, string folder)
    {
        var path = TestPaths.Data("ofac", folder);
        var list = ListReader.Read(new ListInput(Source, [.. Directory.GetFiles(path, "*.csv").Select(p => new ListFile(Path.GetFileName(p), () => File.OpenRead(p)))]));
        return new ActiveIndexState(ListsAvailability.Ready, ScreeningIndex.Build(list.Entities), [new ListVersionView(Source, version, null, DateTimeOffset.UtcNow)], "ready");
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static readonly string[] Given =
    [
        "James", "Olivia", "Mohammed", "Fatima", "Ahmed", "Aisha", "Wei", "Mei", "Hiroshi", "Yuki", "Ivan", "Olga", "Dmitri", "Svetlana", "Carlos",
        "Lucia", "Chinedu", "Ngozi", "Raj", "Priya", "Hans", "Greta", "Kwame", "Omar", "Layla", "Jin", "Mehmet", "Ali", "Hassan", "Reza",
    ];

    private static readonly string[] Family =
    [
        "Smith", "Al-Rashid", "Haddad", "Khan", "Rahman", "Wang", "Zhang", "Tanaka", "Petrov", "Ivanova", "Volkov", "Garcia", "Rodriguez", "Okafor",
        "Patel", "Sharma", "Muller", "Dubois", "Rossi", "Mensah", "Kim", "Park", "Yilmaz", "Novak", "Hosseini", "Karimi", "Abbas", "Hussein",
    ];

    private static readonly string[] CompanyWords = ["Harbour", "Summit", "Meridian", "Atlas", "Falcon", "Crescent", "Golden", "Delta", "Horizon", "Granite", "Persian Gulf", "Orient"];
    private static readonly string[] CompanyKinds = ["Trading", "Logistics", "Holdings", "Shipping", "Petrochemical", "Energy", "Metals", "Exchange"];

    private sealed record AlertFacts(string Id, string SubjectId, string EntityId, string Version, AlertStatus Status, double Score, string? ReraisedBecause, string Raised);
}
