using System.Text.Json.Nodes;

namespace Screening.Deployment.Tests.Workflows;

public sealed class DeployWorkflowTests
{
    private readonly Workflow _workflow = Workflow.Load("deploy.yml");

    private JsonNode? Deploy => _workflow.Document["jobs"]?["deploy"];

    [Fact]
    public void Runs_on_pushes_to_main_and_on_demand()
    {
        var on = _workflow.Document["on"];

        Assert.Equal(["main"], on?["push"]?["branches"]?.AsArray().Select(b => b?.GetValue<string>()));
        Assert.True(on?.AsObject().ContainsKey("workflow_dispatch"));
        Assert.False(on?.AsObject().ContainsKey("pull_request"));
    }

    [Fact]
    public void Asks_only_for_an_OIDC_token_and_read_access()
    {
        var permissions = _workflow.Document["permissions"]?.AsObject();

        Assert.NotNull(permissions);
        Assert.Equal(2, permissions.Count);
        Assert.Equal("write", permissions["id-token"]?.GetValue<string>());
        Assert.Equal("read", permissions["contents"]?.GetValue<string>());
        Assert.All(_workflow.Jobs, job =>
        {
            var jobPermissions = job.Value?["permissions"]?.AsObject() ?? [];
            Assert.DoesNotContain(jobPermissions, p => p.Value?.GetValue<string>() == "write" && p.Key != "id-token");
        });
    }

    [Fact]
    public void Deploys_through_the_protected_production_environment_one_run_at_a_time()
    {
        Assert.Equal("production", Deploy?["environment"]?["name"]?.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(_workflow.Document["concurrency"]?["group"]?.GetValue<string>()));
        Assert.False(_workflow.Document["concurrency"]?["cancel-in-progress"]?.GetValue<bool>());
    }

    [Fact]
    public void Logs_in_with_federated_credentials_from_repository_variables_and_no_secret()
    {
        var login = Assert.Single(_workflow.Steps("deploy"), s => s["uses"]?.GetValue<string>().StartsWith("azure/login@", StringComparison.Ordinal) == true);

        Assert.Equal("${{ vars.AZURE_CLIENT_ID }}", login["with"]?["client-id"]?.GetValue<string>());
        Assert.Equal("${{ vars.AZURE_TENANT_ID }}", login["with"]?["tenant-id"]?.GetValue<string>());
        Assert.Equal("${{ vars.AZURE_SUBSCRIPTION_ID }}", login["with"]?["subscription-id"]?.GetValue<string>());
        Assert.Null(login["with"]?["creds"]);
        Assert.Contains(_workflow.Runs("deploy"), r => r.Contains("azd auth login", StringComparison.Ordinal) && r.Contains("--federated-credential-provider github", StringComparison.Ordinal));
        Assert.DoesNotContain("secrets.", _workflow.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AZURE_CLIENT_ID")]
    [InlineData("AZURE_TENANT_ID")]
    [InlineData("AZURE_SUBSCRIPTION_ID")]
    [InlineData("AZURE_ENV_NAME")]
    [InlineData("AZURE_LOCATION")]
    public void Passes_the_azd_environment_from_repository_variables(string name) =>
        Assert.Equal($"${{{{ vars.{name} }}}}", Deploy?["env"]?[name]?.GetValue<string>());

    [Fact]
    public void Provisions_then_deploys_with_azd_after_the_tests_pass()
    {
        var runs = _workflow.Runs("deploy").ToList();
        var provision = runs.FindIndex(r => r.StartsWith("azd provision --no-prompt", StringComparison.Ordinal));
        var deploy = runs.FindIndex(r => r.StartsWith("azd deploy --no-prompt", StringComparison.Ordinal));

        Assert.True(provision >= 0, "azd provision is missing.");
        Assert.True(deploy > provision, "azd deploy must follow azd provision.");
        Assert.Equal("verify", Deploy?["needs"]?.GetValue<string>());
        Assert.Contains("./build.sh test", _workflow.Runs("verify"));
    }

    [Fact]
    public void Checks_the_deployed_endpoint_answers()
    {
        var check = Assert.Single(_workflow.Steps("deploy"), s => s["id"]?.GetValue<string>() == "endpoint");

        Assert.Contains("azd env get-value SERVICE_API_URI", check["run"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("/api/v1/health", check["run"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("${{ steps.endpoint.outputs.uri }}", Deploy?["environment"]?["url"]?.GetValue<string>());
    }
}
