namespace Screening.Deployment.Tests.Infra;

[Collection(CompiledInfraDefinition.Name)]
public sealed class BicepCompilationTests(CompiledInfra infra)
{
    public static TheoryData<string> Sources => [.. CompiledInfra.Sources];

    [Fact]
    public void Finds_the_templates_to_check()
    {
        Assert.Contains("main.bicep", CompiledInfra.Sources);
        Assert.Contains("app/api.bicep", CompiledInfra.Sources);
        Assert.Contains("app/list-inbox-subscription.bicep", CompiledInfra.Sources);
    }

    [Fact]
    public void Every_template_builds_without_a_warning_or_error()
    {
        Assert.True(infra.Build.ExitCode == 0, infra.Build.Describe());
        Assert.True(string.IsNullOrWhiteSpace(infra.Build.StandardError), infra.Build.Describe());
    }

    [Fact]
    public void Every_template_lints_clean()
    {
        // bicep lint exits 0 on warnings: any diagnostic printed at all is a failure here.
        Assert.True(infra.Lint.ExitCode == 0, infra.Lint.Describe());
        Assert.True(string.IsNullOrWhiteSpace(infra.Lint.StandardOutput + infra.Lint.StandardError), infra.Lint.Describe());
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Compiles_to_an_ARM_template(string source)
    {
        var template = infra.Template(source).Template;

        Assert.StartsWith("https://schema.management.azure.com/schemas/", template["$schema"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("bicep", template["metadata"]?["_generator"]?["name"]?.GetValue<string>());
    }

    [Fact]
    public void The_linter_configuration_raises_rules_to_errors()
    {
        var config = System.Text.Json.Nodes.JsonNode.Parse(Tools.RepositoryFiles.Read("infra", "bicepconfig.json"));
        var rules = config?["analyzers"]?["core"]?["rules"]?.AsObject();

        Assert.NotNull(rules);
        Assert.All(rules, rule => Assert.Equal("error", rule.Value?["level"]?.GetValue<string>()));
        Assert.Contains("no-hardcoded-env-urls", rules.Select(r => r.Key));
        Assert.Contains("outputs-should-not-contain-secrets", rules.Select(r => r.Key));
    }
}
