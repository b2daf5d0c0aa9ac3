using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Blobs;

namespace Screening.LocalHost.Tests.Blobs;

public sealed class BlobTriggerTests(TestAppHostFixture host) : IClassFixture<TestAppHostFixture>
{
    [Fact]
    public async Task A_new_blob_fires_the_function_with_its_content_and_name()
    {
        var container = new BlobContainerClient(host.Storage!.ConnectionString, "test-inbox");
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("folder/first.txt").UploadAsync(BinaryData.FromString("hello"), overwrite: true);

        var seen = await WaitForBlobAsync("folder/first.txt", "hello");
        Assert.True(seen, "the blob trigger did not fire within the time limit");
    }

    [Fact]
    public async Task A_changed_blob_fires_again()
    {
        var container = new BlobContainerClient(host.Storage!.ConnectionString, "test-inbox");
        await container.CreateIfNotExistsAsync();
        var blob = container.GetBlobClient("changing.txt");
        await blob.UploadAsync(BinaryData.FromString("v1"), overwrite: true);
        Assert.True(await WaitForBlobAsync("changing.txt", "v1"));
        await blob.UploadAsync(BinaryData.FromString("v2"), overwrite: true);
        Assert.True(await WaitForBlobAsync("changing.txt", "v2"));
    }

    private async Task<bool> WaitForBlobAsync(string name, string content)
    {
        using var client = host.CreateClient(TestAppHostFixture.MasterKey);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var body = await client.GetFromJsonAsync<JsonElement>("admin/invocations");
            if (body.GetProperty("blobs").EnumerateArray().Any(b => b.GetProperty("name").GetString() == name && b.GetProperty("content").GetString() == content))
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }
}
