namespace Screening.Deployment.Tests.Workflows;

public sealed class CiWorkflowTests
{
    private readonly Workflow _workflow = Workflow.Load("ci.yml");

    private string Job => Assert.Single(_workflow.Jobs).Key;

    [Fact]
    public void Runs_on_every_push_and_pull_request()
    {
        var on = _workflow.Document["on"]?.AsObject();

        Assert.NotNull(on);
        Assert.True(on.ContainsKey("push"));
        Assert.True(on.ContainsKey("pull_request"));
    }

    [Fact]
    public void Reads_the_repository_and_nothing_more()
    {
        var permissions = _workflow.Document["permissions"]?.AsObject();

        Assert.NotNull(permissions);
        Assert.Equal("read", Assert.Single(permissions, p => p.Key == "contents").Value?.GetValue<string>());
        Assert.Single(permissions);
    }

    [Fact]
    public void Runs_the_README_test_command() =>
        Assert.Contains("./build.sh test", _workflow.Runs(Job));

    [Fact]
    public void Restores_and_builds_the_solution_before_testing()
    {
        var runs = _workflow.Runs(Job).ToList();

        Assert.True(runs.IndexOf("dotnet restore Screening.sln") >= 0);
        Assert.True(runs.FindIndex(r => r.StartsWith("dotnet build Screening.sln", StringComparison.Ordinal)) > runs.IndexOf("dotnet restore Screening.sln"));
        Assert.True(runs.IndexOf("./build.sh test") > runs.FindIndex(r => r.StartsWith("dotnet build", StringComparison.Ordinal)));
    }

    [Fact]
    public void Sets_up_dotnet_from_global_json_and_node_20()
    {
        var steps = _workflow.Steps(Job).ToList();
        var dotnet = Assert.Single(steps, s => s["uses"]?.GetValue<string>().StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true);
        var node = Assert.Single(steps, s => s["uses"]?.GetValue<string>().StartsWith("actions/setup-node@", StringComparison.Ordinal) == true);

        Assert.Equal("global.json", dotnet["with"]?["global-json-file"]?.GetValue<string>());
        Assert.Equal("20", node["with"]?["node-version"]?.ToString());
    }

    [Fact]
    public void Builds_and_lints_every_Bicep_file()
    {
        var runs = _workflow.Runs(Job).ToList();

        Assert.Contains(runs, r => r.Contains(" build --pattern \"infra/**/*.bicep\"", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains(" lint --pattern \"infra/**/*.bicep\"", StringComparison.Ordinal));
    }
}
