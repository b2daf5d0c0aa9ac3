using Screening.Deployment.Tests.Arm;

namespace Screening.Deployment.Tests.Infra;

[Collection(CompiledInfraDefinition.Name)]
public sealed class RoleAssignmentTests(CompiledInfra infra)
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    private IEnumerable<ArmResource> Assignments => infra.Main.AllDeployedResources("Microsoft.Authorization/roleAssignments");

    [Fact]
    public void Names_every_assignment_by_guid_of_scope_principal_and_role()
    {
        Assert.NotEmpty(Assignments);
        Assert.All(Assignments, a =>
        {
            var scope = a.Element["scope"]?.GetValue<string>() ?? "";
            var role = a.Element["properties"]?["roleDefinitionId"]?.GetValue<string>() ?? "";
            Assert.StartsWith("subscriptionResourceId('Microsoft.Authorization/roleDefinitions', ", Unbracket(role), StringComparison.Ordinal);
            // guid(scope, principal, role): the first argument is the assignment's own scope, the last its role definition.
            Assert.StartsWith($"[guid({Unbracket(scope)}, ", a.RawName, StringComparison.Ordinal);
            Assert.EndsWith($", {Unbracket(role)})]", a.RawName, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Gives_the_app_identity_blob_owner_table_and_queue_contributor_on_the_storage_account()
    {
        var roles = infra.Main.Module("app-storage-roles");

        Assert.Equal([StorageBlobDataOwner, StorageTableDataContributor, StorageQueueDataContributor],
            roles.Parameter("roleDefinitionIds")?.AsArray().Select(r => r?.GetValue<string>()));
        var assignment = Assert.Single(roles.Resources, r => r.Type == "Microsoft.Authorization/roleAssignments");
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]", assignment.Element["scope"]?.GetValue<string>());
        Assert.Equal("ServicePrincipal", assignment.Properties?["principalType"]?.GetValue<string>());
        Assert.Equal("[reference('identity').principalId]", assignment.Properties?["principalId"]?.GetValue<string>());
        Assert.Contains(", resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', parameters('identityName')), ", assignment.RawName, StringComparison.Ordinal);
        Assert.Equal(infra.Main.Module("identity").Parameter("name")?.GetValue<string>(), roles.Parameter("identityName")?.GetValue<string>());
    }

    [Fact]
    public void Lets_the_app_identity_publish_metrics_to_Application_Insights()
    {
        var role = infra.Main.Module("app-monitoring-role");
        var assignment = Assert.Single(role.Resources, r => r.Type == "Microsoft.Authorization/roleAssignments");

        Assert.Equal(MonitoringMetricsPublisher, role.Variable("monitoringMetricsPublisherRoleId")?.GetValue<string>());
        Assert.Equal("[resourceId('Microsoft.Insights/components', parameters('applicationInsightsName'))]", assignment.Element["scope"]?.GetValue<string>());
        Assert.Equal(infra.Main.Module("identity").Parameter("name")?.GetValue<string>(), role.Parameter("identityName")?.GetValue<string>());
    }

    [Fact]
    public void Lets_compliance_staff_write_to_list_inbox_only_when_a_principal_is_given()
    {
        var module = infra.Main.Resources.Single(r => r.RawName == "compliance-uploader-role");
        var uploader = infra.Main.Module("compliance-uploader-role");
        var assignment = Assert.Single(uploader.Resources, r => r.Type == "Microsoft.Authorization/roleAssignments");

        Assert.Equal("[not(empty(parameters('complianceUploaderPrincipalId')))]", module.Element["condition"]?.GetValue<string>());
        Assert.Equal("list-inbox", uploader.Parameter("containerName")?.GetValue<string>());
        Assert.Equal(StorageBlobDataContributor, uploader.Parameter("roleDefinitionId")?.GetValue<string>());
        Assert.Equal("[parameters('complianceUploaderPrincipalId')]", module.Element["properties"]?["parameters"]?["principalId"]?["value"]?.GetValue<string>());
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts/blobServices/containers', parameters('storageAccountName'), 'default', parameters('containerName'))]",
            assignment.Element["scope"]?.GetValue<string>());
    }

    [Fact]
    public void Grants_no_role_wider_than_the_resource_it_serves()
    {
        Assert.All(Assignments, a => Assert.False(string.IsNullOrEmpty(a.Element["scope"]?.GetValue<string>()), $"{a.RawName} is assigned at resource group or subscription scope."));
    }

    private static string Unbracket(string expression) =>
        expression.StartsWith('[') && expression.EndsWith(']') ? expression[1..^1] : expression;
}
