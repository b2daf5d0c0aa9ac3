using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Screening.Functions.Console;
using Screening.Functions.Tests.Lists;
using Screening.Infrastructure.Storage;

namespace Screening.Functions.Tests.Console;

/// <summary>Who uploaded which content, on a real Azurite: the table is the list store's, created with the others.</summary>
public sealed class ConsoleUploadsTests(ListStoreFixture store) : IClassFixture<ListStoreFixture>
{
    [Fact]
    public async Task The_uploads_table_is_created_with_the_list_store_tables()
    {
        await store.Services.GetRequiredService<ListStorage>().EnsureCreatedAsync(CancellationToken.None);

        var tables = store.Services.GetRequiredService<StorageConnection>().CreateTableServiceClient();
        var found = new List<string>();
        await foreach (var table in tables.QueryAsync(t => t.Name == ListTables.ConsoleUploads))
        {
            found.Add(table.Name);
        }

        Assert.Equal([ListTables.ConsoleUploads], found);
    }

    [Fact]
    public async Task The_uploader_of_content_is_known_and_nobody_else_is()
    {
        var uploads = new ConsoleUploads(store.Services.GetRequiredService<ListStorage>(), TimeProvider.System);
        var ada = new ConsolePerson("oid-ada", "ada@example.org", new HashSet<string> { ConsoleRoles.ListApprover });
        var bob = new ConsolePerson("oid-bob", "bob@example.org", new HashSet<string> { ConsoleRoles.ListApprover });

        var upload = await uploads.UploadAsync($"uploads-{Guid.NewGuid():N}.csv", BinaryData.FromString("id,type,name\n1,individual,Ada Upload\n"), ada, CancellationToken.None);

        Assert.True(await uploads.UploadedByAsync(upload.ContentHash, ada, CancellationToken.None));
        Assert.False(await uploads.UploadedByAsync(upload.ContentHash, bob, CancellationToken.None));
    }
}
