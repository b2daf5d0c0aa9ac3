namespace Screening.Deployment.Tests.Infra;

[Collection(CompiledInfraDefinition.Name)]
public sealed class MonitoringTests(CompiledInfra infra)
{
    [Fact]
    public void Application_Insights_accepts_Entra_ID_authenticated_telemetry_only()
    {
        var component = Assert.Single(infra.Main.AllDeployedResources("Microsoft.Insights/components"));

        Assert.True(component.Properties?["DisableLocalAuth"]?.GetValue<bool>());
        Assert.Contains("Microsoft.OperationalInsights/workspaces", component.Properties?["WorkspaceResourceId"]?.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Logs_go_to_a_Log_Analytics_workspace_without_shared_keys()
    {
        var workspace = Assert.Single(infra.Main.AllDeployedResources("Microsoft.OperationalInsights/workspaces"));

        Assert.True(workspace.Properties?["features"]?["disableLocalAuth"]?.GetValue<bool>());
        Assert.True(workspace.Properties?["retentionInDays"]?.GetValue<int>() >= 30);
    }
}
