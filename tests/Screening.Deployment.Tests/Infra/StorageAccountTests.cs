using System.Text.Json.Nodes;
using Screening.Deployment.Tests.Arm;

namespace Screening.Deployment.Tests.Infra;

[Collection(CompiledInfraDefinition.Name)]
public sealed class StorageAccountTests(CompiledInfra infra)
{
    private ArmResource Account => Assert.Single(infra.Main.AllDeployedResources("Microsoft.Storage/storageAccounts"));

    [Fact]
    public void Deploys_exactly_one_storage_account_for_host_and_data() =>
        Assert.Single(infra.Main.AllDeployedResources("Microsoft.Storage/storageAccounts"));

    [Fact]
    public void Accepts_Entra_ID_only_over_TLS_1_2()
    {
        var properties = Account.Properties;

        Assert.False(properties?["allowSharedKeyAccess"]?.GetValue<bool>());
        Assert.True(properties?["defaultToOAuthAuthentication"]?.GetValue<bool>());
        Assert.Equal("TLS1_2", properties?["minimumTlsVersion"]?.GetValue<string>());
        Assert.True(properties?["supportsHttpsTrafficOnly"]?.GetValue<bool>());
    }

    [Fact]
    public void Never_serves_blobs_anonymously()
    {
        Assert.False(Account.Properties?["allowBlobPublicAccess"]?.GetValue<bool>());
        var containers = infra.Main.AllDeployedResources("Microsoft.Storage/storageAccounts/blobServices/containers");
        Assert.All(containers, c => Assert.Equal("None", c.Properties?["publicAccess"]?.GetValue<string>()));
    }

    [Fact]
    public void Keeps_deleted_and_overwritten_blobs_and_containers_recoverable()
    {
        var blobService = Assert.Single(infra.Main.AllDeployedResources("Microsoft.Storage/storageAccounts/blobServices")).Properties;

        Assert.True(blobService?["isVersioningEnabled"]?.GetValue<bool>());
        Assert.True(blobService?["deleteRetentionPolicy"]?["enabled"]?.GetValue<bool>());
        Assert.True(blobService?["containerDeleteRetentionPolicy"]?["enabled"]?.GetValue<bool>());
        Assert.True(infra.Main.Module("storage").Parameter("softDeleteRetentionDays")?.GetValue<int>() >= 7);
    }

    [Fact]
    public void Creates_the_list_containers_and_the_deployment_container()
    {
        var containerNames = ContainerNames();

        Assert.Contains("list-inbox", containerNames);
        Assert.Contains("list-snapshots", containerNames);
        Assert.Contains("list-deltas", containerNames);
        Assert.Contains("list-archive", containerNames);
        var deploymentContainer = infra.Main.Module("api").Parameter("deploymentContainerName")?.GetValue<string>();
        Assert.NotNull(deploymentContainer);
        Assert.Contains(deploymentContainer, containerNames);
    }

    [Fact]
    public void Creates_the_table_and_queue_services()
    {
        Assert.Single(infra.Main.AllDeployedResources("Microsoft.Storage/storageAccounts/tableServices"));
        Assert.Single(infra.Main.AllDeployedResources("Microsoft.Storage/storageAccounts/queueServices"));
    }

    [Fact]
    public void Creates_containers_from_the_names_main_passes()
    {
        var containers = Assert.Single(infra.Main.AllDeployedResources("Microsoft.Storage/storageAccounts/blobServices/containers"));

        Assert.Equal("[length(parameters('containerNames'))]", containers.Element["copy"]?["count"]?.GetValue<string>());
        Assert.EndsWith("parameters('containerNames')[copyIndex()])]", containers.RawName, StringComparison.Ordinal);
    }

    private List<string> ContainerNames() =>
        [.. (infra.Main.Module("storage").Parameter("containerNames") as JsonArray ?? []).Select(n => n?.GetValue<string>() ?? "")];
}
