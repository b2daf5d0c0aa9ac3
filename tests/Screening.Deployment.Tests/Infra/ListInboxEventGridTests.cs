using System.Text.Json.Nodes;
using Screening.Deployment.Tests.Arm;
using Screening.Deployment.Tests.Tools;

namespace Screening.Deployment.Tests.Infra;

/// <summary>
/// Flex Consumption runs blob triggers from Event Grid only: blobs created in list-inbox must reach the ListInbox function
/// through the blob extension's webhook. The system topic comes with main.bicep; the subscription, which needs the deployed
/// code's blobs_extension key, comes from the azd postdeploy hook.
/// </summary>
[Collection(CompiledInfraDefinition.Name)]
public sealed class ListInboxEventGridTests(CompiledInfra infra)
{
    private ArmResource Subscription => Assert.Single(infra.ListInboxSubscription.AllDeployedResources("Microsoft.EventGrid/systemTopics/eventSubscriptions"));

    [Fact]
    public void Main_creates_a_blob_event_system_topic_on_the_storage_account()
    {
        var topic = Assert.Single(infra.Main.AllDeployedResources("Microsoft.EventGrid/systemTopics"));

        Assert.Equal("Microsoft.Storage.StorageAccounts", topic.Properties?["topicType"]?.GetValue<string>());
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]", topic.Properties?["source"]?.GetValue<string>());
        Assert.Equal(
            infra.Main.Module("storage").Parameter("name")?.GetValue<string>(),
            infra.Main.Module("blob-events").Parameter("storageAccountName")?.GetValue<string>());
    }

    [Fact]
    public void Subscribes_to_blobs_created_in_list_inbox_only()
    {
        var filter = Subscription.Properties?["filter"];

        Assert.Equal(["Microsoft.Storage.BlobCreated"], filter?["includedEventTypes"]?.AsArray().Select(t => t?.GetValue<string>()));
        Assert.Equal("[format('/blobServices/default/containers/{0}/', parameters('inboxContainerName'))]", filter?["subjectBeginsWith"]?.GetValue<string>());
        Assert.Equal("list-inbox", infra.ListInboxSubscription.Parameter("inboxContainerName")?.GetValue<string>());
    }

    [Fact]
    public void Delivers_to_the_blob_extension_webhook_of_the_ListInbox_function()
    {
        var destination = Subscription.Properties?["destination"];
        var endpoint = destination?["properties"]?["endpointUrl"]?.GetValue<string>();

        Assert.Equal("WebHook", destination?["endpointType"]?.GetValue<string>());
        Assert.StartsWith("[format('https://{0}/runtime/webhooks/blobs?functionName=Host.Functions.{1}&code={2}', ", endpoint, StringComparison.Ordinal);
        Assert.Contains("reference(resourceId('Microsoft.Web/sites', parameters('functionAppName'))", endpoint, StringComparison.Ordinal);
        Assert.Contains("listKeys(resourceId('Microsoft.Web/sites/host', parameters('functionAppName'), 'default')", endpoint, StringComparison.Ordinal);
        Assert.EndsWith(".systemKeys.blobs_extension)]", endpoint, StringComparison.Ordinal);
        Assert.Equal("ListInbox", infra.ListInboxSubscription.Parameter("functionName")?.GetValue<string>());
    }

    [Fact]
    public void The_azd_postdeploy_hook_deploys_the_subscription_with_names_main_outputs()
    {
        var hook = AzureYaml.Load()["hooks"]?["postdeploy"]?["posix"];
        Assert.Equal("./infra/hooks/postdeploy.sh", hook?["run"]?.GetValue<string>());
        Assert.False(hook?["continueOnError"]?.GetValue<bool>());

        var script = RepositoryFiles.Read("infra", "hooks", "postdeploy.sh");
        Assert.Contains("az deployment group create", script, StringComparison.Ordinal);
        Assert.Contains("--template-file \"$here/../app/list-inbox-subscription.bicep\"", script, StringComparison.Ordinal);
        var outputs = infra.Main.Template["outputs"]?.AsObject().Select(o => o.Key).ToHashSet() ?? [];
        foreach (var (parameter, output) in new[] { ("functionAppName", "AZURE_FUNCTION_APP_NAME"), ("systemTopicName", "AZURE_EVENTGRID_SYSTEM_TOPIC_NAME") })
        {
            Assert.Contains($"{parameter}=\"${output}\"", script, StringComparison.Ordinal);
            Assert.Contains(output, outputs);
            Assert.Contains(parameter, infra.ListInboxSubscription.Template["parameters"]?.AsObject().Select(p => p.Key) ?? []);
        }

        Assert.Contains("--resource-group \"$AZURE_RESOURCE_GROUP\"", script, StringComparison.Ordinal);
        Assert.Contains("AZURE_RESOURCE_GROUP", outputs);
    }

    [Fact]
    public void The_postdeploy_hook_also_routes_subjects_inbox_to_the_subjects_import()
    {
        var script = RepositoryFiles.Read("infra", "hooks", "postdeploy.sh");

        Assert.Contains("inboxContainerName=subjects-inbox", script, StringComparison.Ordinal);
        Assert.Contains("functionName=SubjectsInboxImport", script, StringComparison.Ordinal);
        Assert.Contains("subscriptionName=evgs-subjects-inbox", script, StringComparison.Ordinal);
        Assert.Contains("subjects-inbox", infra.Main.Module("storage").Parameter("containerNames")?.AsArray().Select(n => n?.GetValue<string>()) ?? []);
    }

    [Fact]
    public void The_postdeploy_hook_waits_for_the_blobs_extension_key_and_is_valid_sh()
    {
        var path = RepositoryFiles.PathOf("infra", "hooks", "postdeploy.sh");
        var script = File.ReadAllText(path);

        Assert.Contains("--query \"systemKeys.blobs_extension\"", script, StringComparison.Ordinal);
        Assert.StartsWith("#!/bin/sh\n", script, StringComparison.Ordinal);
        Assert.Contains("set -eu", script, StringComparison.Ordinal);
        Assert.True((File.GetUnixFileMode(path) & UnixFileMode.UserExecute) != 0, "postdeploy.sh must be executable.");
        var syntax = ProcessRunner.Run("sh", ["-n", path], RepositoryFiles.Root, TimeSpan.FromSeconds(30));
        Assert.True(syntax.ExitCode == 0, syntax.Describe());
    }

    [Fact]
    public void Retries_delivery_for_a_day()
    {
        var retry = Subscription.Properties?["retryPolicy"];

        Assert.Equal(1440, retry?["eventTimeToLiveInMinutes"]?.GetValue<int>());
        Assert.True(retry?["maxDeliveryAttempts"]?.GetValue<int>() >= 10);
        Assert.IsType<JsonObject>(Subscription.Properties);
    }
}
