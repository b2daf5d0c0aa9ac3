using System.Text.Json.Nodes;
using Screening.Deployment.Tests.Tools;

namespace Screening.Deployment.Tests.Infra;

[Collection(CompiledInfraDefinition.Name)]
public sealed class MainTemplateTests(CompiledInfra infra)
{
    [Fact]
    public void Deploys_at_subscription_scope_and_creates_the_resource_group()
    {
        Assert.Contains("subscriptionDeploymentTemplate.json", infra.Main.Template["$schema"]?.GetValue<string>(), StringComparison.Ordinal);
        var group = Assert.Single(infra.Main.Resources, r => r.Type == "Microsoft.Resources/resourceGroups");
        Assert.Equal("[variables('tags')]", group.Element["tags"]?.GetValue<string>());
    }

    [Fact]
    public void Derives_names_from_the_abbreviations_table_and_a_resource_token()
    {
        Assert.Equal(
            "[toLower(uniqueString(subscription().id, parameters('environmentName'), parameters('location')))]",
            infra.Main.Template["variables"]?["resourceToken"]?.GetValue<string>());
        var abbreviations = JsonNode.Parse(RepositoryFiles.Read("infra", "abbreviations.json"));
        Assert.True(JsonNode.DeepEquals(abbreviations, infra.Main.Variable("abbrs")), "main.bicep must load infra/abbreviations.json.");

        foreach (var name in new[] { "functionAppName", "identityName", "storageAccountName", "applicationInsightsName", "logAnalyticsName" })
        {
            var expression = infra.Main.Template["variables"]?[name]?.GetValue<string>();
            Assert.Contains("variables('abbrs')", expression, StringComparison.Ordinal);
            Assert.Contains("variables('resourceToken')", expression, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Tags_everything_with_the_azd_environment()
    {
        Assert.Equal("[parameters('environmentName')]", infra.Main.Variable("tags")?["azd-env-name"]?.GetValue<string>());
        foreach (var module in infra.Main.Modules.Where(m => m.Template["parameters"]?["tags"] is not null))
        {
            Assert.Equal("[parameters('environmentName')]", module.Parameter("tags")?["azd-env-name"]?.GetValue<string>());
        }
    }

    [Theory]
    [InlineData("SERVICE_API_URI")]
    [InlineData("SERVICE_API_NAME")]
    [InlineData("AZURE_FUNCTION_APP_NAME")]
    [InlineData("AZURE_STORAGE_ACCOUNT_NAME")]
    [InlineData("AZURE_RESOURCE_GROUP")]
    [InlineData("AZURE_EVENTGRID_SYSTEM_TOPIC_NAME")]
    [InlineData("AZURE_LOCATION")]
    [InlineData("AZURE_TENANT_ID")]
    [InlineData("APPLICATIONINSIGHTS_NAME")]
    public void Outputs_what_azd_and_operators_need(string output) =>
        Assert.NotNull(infra.Main.Template["outputs"]?[output]?["value"]);

    [Fact]
    public void Outputs_the_https_endpoint_of_the_function_app() =>
        Assert.Equal("[reference(extensionResourceId(format('/subscriptions/{0}/resourceGroups/{1}', subscription().subscriptionId, if(not(empty(parameters('resourceGroupName'))), parameters('resourceGroupName'), format('{0}{1}', variables('abbrs').resourcesResourceGroups, parameters('environmentName')))), 'Microsoft.Resources/deployments', 'api'), '2025-04-01').outputs.uri.value]",
            infra.Main.Template["outputs"]?["SERVICE_API_URI"]?["value"]?.GetValue<string>());

    [Fact]
    public void The_azd_parameters_file_feeds_every_required_parameter()
    {
        var file = JsonNode.Parse(RepositoryFiles.Read("infra", "main.parameters.json"))?["parameters"]?.AsObject() ?? [];
        var declared = infra.Main.Template["parameters"]?.AsObject() ?? [];

        Assert.All(file, p => Assert.True(declared.ContainsKey(p.Key), $"main.parameters.json sets '{p.Key}', which main.bicep does not declare."));
        Assert.All(declared.Where(p => p.Value?["defaultValue"] is null), p => Assert.True(file.ContainsKey(p.Key), $"Required parameter '{p.Key}' is missing from main.parameters.json."));
        Assert.Equal("${AZURE_ENV_NAME}", file["environmentName"]?["value"]?.GetValue<string>());
        Assert.Equal("${AZURE_LOCATION}", file["location"]?["value"]?.GetValue<string>());
        Assert.Equal("${COMPLIANCE_UPLOADER_PRINCIPAL_ID=}", file["complianceUploaderPrincipalId"]?["value"]?.GetValue<string>());
    }
}
