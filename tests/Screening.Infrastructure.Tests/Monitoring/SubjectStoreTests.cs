using Azure.Data.Tables;
using Screening.Domain.Monitoring;
using Screening.Infrastructure.Monitoring;
using Screening.Testing;

namespace Screening.Infrastructure.Tests.Monitoring;

public sealed class SubjectStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task A_cursor_storage_refuses_is_the_clients_bad_cursor_not_a_storage_failure()
    {
        // Azure answers 400 to a continuation it did not issue; Azurite accepts any, so the request carrying one is
        // made invalid on its way to Azurite, which then answers 400 as Azure would.
        var store = new SubjectStore(TableRequestHook.Client(azurite.Server.ConnectionString, message =>
        {
            var query = message.Request.Uri.Query;
            if (query.Contains("NextPartitionKey=", StringComparison.Ordinal))
            {
                message.Request.Uri.Query = query + "&$filter=" + Uri.EscapeDataString("PartitionKey eqq");
            }

            return Task.CompletedTask;
        }));
        var cursor = PageCursor.After(SubjectStore.Listing, "1!8!bm9uZQ-- 1!8!bm9uZQ--");

        var refused = await Assert.ThrowsAsync<PageCursorRejectedException>(() => store.ListAsync(includeDeregistered: true, 10, cursor, default));
        Assert.Equal(400, ((Azure.RequestFailedException)refused.InnerException!).Status);
        Assert.NotNull(await store.ListAsync(includeDeregistered: true, 10, null, default));
    }

    [Fact]
    public async Task Subjects_written_in_bulk_are_read_back_by_partition_and_page_without_loss()
    {
        var store = new SubjectStore(new TableServiceClient(azurite.Server.ConnectionString));
        var now = DateTimeOffset.UtcNow;
        var run = Guid.NewGuid().ToString("n")[..8];
        var subjects = Enumerable.Range(0, 1_000)
            .Select(i => new Subject { Id = $"{run}-{i}", Kind = SubjectKind.Person, Name = $"Person {i}", Wallets = [new SubjectWallet("0xabc", "ETH")] })
            .Select(s => new StoredSubject(s, SubjectFingerprint.Of(s), Active: !s.Id.EndsWith("-7", StringComparison.Ordinal), now, now, null, null, null))
            .ToList();

        await store.PutAsync(subjects, default);

        var byPartition = new List<StoredSubject>();
        for (var partition = 0; partition < SubjectPartition.Count; partition++)
        {
            await foreach (var subject in store.ReadPartitionAsync(partition, default))
            {
                Assert.Equal(partition, SubjectPartition.Of(subject.Subject.Id));
                byPartition.Add(subject);
            }
        }

        var written = byPartition.Where(s => s.Subject.Id.StartsWith(run, StringComparison.Ordinal)).ToList();
        Assert.Equal(999, written.Count);
        // Only this test's rows: the other tests of the class share the account, and their subjects have no wallet.
        Assert.All(written, s => Assert.Equal("ETH", s.Subject.Wallets[0].Chain));

        var paged = new List<StoredSubject>();
        PageCursor? continuation = null;
        do
        {
            var page = await store.ListAsync(includeDeregistered: true, 300, continuation, default);
            Assert.True(page.Items.Count <= 300);
            paged.AddRange(page.Items);
            continuation = page.Next;
        }
        while (continuation is not null);

        Assert.Equal(1_000, paged.Count(s => s.Subject.Id.StartsWith(run, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Adding_new_subjects_in_bulk_leaves_existing_rows_untouched_and_names_them()
    {
        var store = new SubjectStore(new TableServiceClient(azurite.Server.ConnectionString));
        var now = DateTimeOffset.UtcNow;
        var run = Guid.NewGuid().ToString("n")[..8];
        var earlier = Stored($"{run}-3", "Earlier Name", now.AddDays(-1));
        await store.PutAsync([earlier], default);

        var existing = await store.AddNewAsync([.. Enumerable.Range(0, 500).Select(i => Stored($"{run}-{i}", $"Person {i}", now))], default);

        Assert.Equal([$"{run}-3"], existing);
        Assert.Equal(("Earlier Name", earlier.RegisteredAt), ((await store.GetAsync($"{run}-3", default))!.Subject.Name, (await store.GetAsync($"{run}-3", default))!.RegisteredAt));
        Assert.Equal("Person 499", (await store.GetAsync($"{run}-499", default))!.Subject.Name);
    }

    [Fact]
    public async Task A_partition_screening_stands_for_the_subjects_written_before_it_began_and_only_those()
    {
        var store = new SubjectStore(new TableServiceClient(azurite.Server.ConnectionString));
        var now = DateTimeOffset.UtcNow;
        var run = Guid.NewGuid().ToString("n")[..8];
        var ids = Enumerable.Range(0, 1_000).Select(i => $"{run}-{i}").Where(id => SubjectPartition.Of(id) == SubjectPartition.Of($"{run}-0")).Take(3).ToList();
        var (before, deregistered, after) = (ids[0], ids[1], ids[2]);
        var partition = SubjectPartition.Of(before);
        await store.PutAsync([Stored(before, "Written Before", now), Stored(deregistered, "Deregistered Before", now) with { Active = false }], default);

        var startedAt = await store.BeginPartitionScreeningAsync(partition, default);
        await Task.Delay(50);
        await store.PutAsync([Stored(after, "Registered During", now)], default);
        Assert.True(await store.RecordPartitionScreenedAsync(Screening(partition, "plan-b", "ofac-sdn@v2", now, startedAt), default));

        Assert.Equal("ofac-sdn@v2", (await store.GetAsync(before, default))!.ScreenedAgainst);
        Assert.Equal("ofac-sdn@v1", (await store.GetAsync(after, default))!.ScreenedAgainst);
        Assert.Equal("ofac-sdn@v1", (await store.GetAsync(deregistered, default))!.ScreenedAgainst);
        var listed = new List<StoredSubject>();
        PageCursor? continuation = null;
        do
        {
            var page = await store.ListAsync(includeDeregistered: true, 1000, continuation, default);
            listed.AddRange(page.Items.Where(s => ids.Contains(s.Subject.Id)));
            continuation = page.Next;
        }
        while (continuation is not null);

        Assert.Equal(["ofac-sdn@v2", "ofac-sdn@v1", "ofac-sdn@v1"], ids.Select(id => listed.Single(s => s.Subject.Id == id).ScreenedAgainst));

        // A plan older than the recorded one that finishes late does not set the partition back.
        Assert.False(await store.RecordPartitionScreenedAsync(Screening(partition, "plan-a", "ofac-sdn@v1", now.AddMinutes(-1), startedAt), default));
        Assert.Equal("plan-b", (await store.GetPartitionScreeningAsync(partition, default))!.PlanKey);
    }

    private static PartitionScreening Screening(int partition, string plan, string versions, DateTimeOffset plannedAt, DateTimeOffset startedAt) =>
        new(partition, plan, versions, $"lists-{versions}", "engine", plannedAt, startedAt, startedAt.AddSeconds(1));

    private static StoredSubject Stored(string id, string name, DateTimeOffset at)
    {
        var subject = new Subject { Id = id, Kind = SubjectKind.Person, Name = name };
        return new StoredSubject(subject, SubjectFingerprint.Of(subject), Active: true, at, at, null, "ofac-sdn@v1", at);
    }
}
