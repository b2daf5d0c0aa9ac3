using System.Text.Json.Nodes;

namespace Screening.Deployment.Tests.Tools;

/// <summary>The repository's azure.yaml (the azd project file) as JSON.</summary>
public static class AzureYaml
{
    public static JsonObject Load() => YamlDocument.Parse(RepositoryFiles.Read("azure.yaml"));
}
