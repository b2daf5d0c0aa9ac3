using Azure.Storage.Blobs;
using Screening.LocalHost.Blobs;

namespace Screening.LocalHost.Tests.Blobs;

public sealed class BlobContentTests(TestAppHostFixture host) : IClassFixture<TestAppHostFixture>
{
    [Fact]
    public async Task Only_the_version_listed_is_read_and_a_blob_changed_or_deleted_since_is_not()
    {
        // A container no trigger of the test app watches.
        var container = new BlobContainerClient(host.Storage!.ConnectionString, "listed-versions");
        await container.CreateIfNotExistsAsync();
        var blob = container.GetBlobClient($"upload-{Guid.NewGuid():n}.txt");
        var listed = (await blob.UploadAsync(BinaryData.FromString("v1"))).Value.ETag;

        Assert.Equal("v1", await BlobContent.ReadAsync(blob, typeof(string), listed, default));

        // Uploaded again between the poll's listing and its read: v2 is the next poll's to fire, under its own ETag.
        await blob.UploadAsync(BinaryData.FromString("v2"), overwrite: true);
        Assert.Null(await BlobContent.ReadAsync(blob, typeof(byte[]), listed, default));

        await blob.DeleteAsync();
        Assert.Null(await BlobContent.ReadAsync(blob, typeof(BinaryData), listed, default));
    }
}
