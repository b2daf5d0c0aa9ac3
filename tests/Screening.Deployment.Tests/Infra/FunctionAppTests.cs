using Screening.Deployment.Tests.Arm;

namespace Screening.Deployment.Tests.Infra;

[Collection(CompiledInfraDefinition.Name)]
public sealed class FunctionAppTests(CompiledInfra infra)
{
    private ArmResource FunctionApp => Assert.Single(infra.Main.AllDeployedResources("Microsoft.Web/sites"));

    [Fact]
    public void Runs_on_the_Flex_Consumption_plan()
    {
        var plan = Assert.Single(infra.Main.AllDeployedResources("Microsoft.Web/serverfarms"));
        var sku = plan.Resolved("sku");

        Assert.Equal("FC1", sku?["name"]?.GetValue<string>());
        Assert.Equal("FlexConsumption", sku?["tier"]?.GetValue<string>());
        Assert.True(plan.Properties?["reserved"]?.GetValue<bool>());
        Assert.Equal("functionapp,linux", FunctionApp.Resolved("kind")?.GetValue<string>());
    }

    [Fact]
    public void Runs_the_dotnet_10_isolated_worker()
    {
        var runtime = FunctionApp.Properties?["functionAppConfig"]?["runtime"];

        Assert.Equal("dotnet-isolated", runtime?["name"]?.GetValue<string>());
        Assert.Equal("10.0", runtime?["version"]?.GetValue<string>());
    }

    [Fact]
    public void Scales_with_2048_MB_instances_up_to_a_parameterised_maximum()
    {
        var scale = FunctionApp.Properties?["functionAppConfig"]?["scaleAndConcurrency"];

        Assert.Equal(2048, scale?["instanceMemoryMB"]?.GetValue<int>());
        Assert.Equal(100, scale?["maximumInstanceCount"]?.GetValue<int>());
        Assert.Contains("maximumInstanceCount", infra.Main.Template["parameters"]?.AsObject().Select(p => p.Key) ?? []);
    }

    [Fact]
    public void Deploys_its_package_from_a_blob_container_with_its_user_assigned_identity()
    {
        var storage = FunctionApp.Properties?["functionAppConfig"]?["deployment"]?["storage"];

        Assert.Equal("blobContainer", storage?["type"]?.GetValue<string>());
        Assert.EndsWith("parameters('deploymentContainerName'))]", storage?["value"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("UserAssignedIdentity", storage?["authentication"]?["type"]?.GetValue<string>());
        var identity = storage?["authentication"]?["userAssignedIdentityResourceId"]?.GetValue<string>();
        Assert.Contains("'Microsoft.Resources/deployments', 'identity')", identity, StringComparison.Ordinal);
        Assert.EndsWith(".outputs.id.value]", identity, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_as_the_user_assigned_identity_only()
    {
        var identity = FunctionApp.Resolved("identity");

        Assert.Equal("UserAssigned", identity?["type"]?.GetValue<string>());
        Assert.Single(identity?["userAssignedIdentities"]?.AsObject() ?? []);
    }

    [Fact]
    public void Is_tagged_for_azd_as_the_api_service_of_the_environment()
    {
        var tags = FunctionApp.Element["tags"]?.GetValue<string>();

        Assert.Equal("[union(parameters('tags'), createObject('azd-service-name', 'api'))]", tags);
        Assert.Equal("[parameters('environmentName')]", infra.Main.Module("api").Parameter("tags")?["azd-env-name"]?.GetValue<string>());
    }

    [Fact]
    public void Serves_HTTPS_only_with_basic_publishing_credentials_off()
    {
        Assert.True(FunctionApp.Properties?["httpsOnly"]?.GetValue<bool>());
        Assert.Equal("1.2", FunctionApp.Properties?["siteConfig"]?["minTlsVersion"]?.GetValue<string>());
        var policies = infra.Main.AllDeployedResources("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => Assert.False(p.Properties?["allow"]?.GetValue<bool>()));
    }
}
