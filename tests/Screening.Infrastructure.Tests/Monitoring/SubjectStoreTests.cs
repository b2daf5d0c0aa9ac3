using Azure.Data.Tables;
using Screening.Domain.Monitoring;
using Screening.Infrastructure.Monitoring;

namespace Screening.Infrastructure.Tests.Monitoring;

public sealed class SubjectStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
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

        Assert.Equal(999, byPartition.Count(s => s.Subject.Id.StartsWith(run, StringComparison.Ordinal)));
        Assert.Equal("ETH", byPartition[0].Subject.Wallets[0].Chain);

        var paged = new List<StoredSubject>();
        string? continuation = null;
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
}
