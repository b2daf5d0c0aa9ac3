using Screening.Deployment.Tests.Tools;

namespace Screening.Deployment.Tests.Infra;

public sealed class AzureYamlTests
{
    [Fact]
    public void Names_the_project_screening()
    {
        var azureYaml = AzureYaml.Load();

        Assert.Equal("screening", azureYaml["name"]?.GetValue<string>());
        Assert.Equal("infra", azureYaml["infra"]?["path"]?.GetValue<string>());
        Assert.Equal("main", azureYaml["infra"]?["module"]?.GetValue<string>());
    }

    [Fact]
    public void Deploys_the_functions_project_as_the_api_service()
    {
        var api = AzureYaml.Load()["services"]?["api"];

        Assert.Equal("./src/Screening.Functions", api?["project"]?.GetValue<string>());
        Assert.Equal("dotnet", api?["language"]?.GetValue<string>());
        Assert.Equal("function", api?["host"]?.GetValue<string>());
        Assert.True(File.Exists(RepositoryFiles.PathOf("src", "Screening.Functions", "Screening.Functions.csproj")));
    }
}
