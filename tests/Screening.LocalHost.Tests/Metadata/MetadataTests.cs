using Screening.LocalHost.Metadata;

namespace Screening.LocalHost.Tests.Metadata;

public sealed class MetadataTests
{
    [Fact]
    public void Reads_every_function_the_worker_sdk_generated()
    {
        var functions = FunctionMetadataReader.Read(TestApp.Directory);
        Assert.Equal(["AdminOnly", "Drop", "Echo", "Enqueued", "Tick"], functions.Select(f => f.Name).Order(StringComparer.Ordinal));
        var echo = functions.Single(f => f.Name == "Echo").Trigger;
        Assert.Equal(("httpTrigger", "echo/{id:int}/{label?}", "Function"), (echo.Type, echo.GetString("route"), echo.GetString("authLevel")));
        Assert.Equal(["get", "post"], echo.GetStrings("methods"));
        Assert.True(functions.Single(f => f.Name == "Tick").Trigger.GetBoolean("runOnStartup"));
        var enqueued = functions.Single(f => f.Name == "Enqueued").Trigger;
        Assert.Equal(("queueTrigger", "test-work", "Storage"), (enqueued.Type, enqueued.GetString("queueName"), enqueued.GetString("connection")));
    }

    [Fact]
    public void Reads_the_queue_settings_from_host_json_and_keeps_the_hosts_defaults_for_the_rest()
    {
        var queues = HostJson.Read(TestApp.Directory).Queues;
        Assert.Equal(new Screening.LocalHost.Queues.QueueHostSettings(BatchSize: 16, MaxDequeueCount: 3, VisibilityTimeout: TimeSpan.FromMilliseconds(200), Base64: true), queues);
    }

    [Fact]
    public void Reads_the_route_prefix_from_host_json() =>
        Assert.Equal("test-api", HostJson.Read(TestApp.Directory).RoutePrefix);

    [Fact]
    public void A_missing_metadata_file_names_the_folder()
    {
        var empty = Directory.CreateTempSubdirectory().FullName;
        var error = Assert.Throws<FileNotFoundException>(() => FunctionMetadataReader.Read(empty));
        Assert.Contains(empty, error.Message, StringComparison.Ordinal);
    }
}
