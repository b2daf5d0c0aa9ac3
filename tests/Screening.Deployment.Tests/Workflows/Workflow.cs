using System.Text.Json.Nodes;
using Screening.Deployment.Tests.Tools;

namespace Screening.Deployment.Tests.Workflows;

/// <summary>A GitHub Actions workflow file, as text and as JSON.</summary>
public sealed class Workflow
{
    private Workflow(string fileName, string text)
    {
        FileName = fileName;
        Text = text;
        Document = YamlDocument.Parse(text);
    }

    public string FileName { get; }

    public string Path => System.IO.Path.Combine(RepositoryFiles.WorkflowsDirectory, FileName);

    public string Text { get; }

    public JsonObject Document { get; }

    public static IReadOnlyList<string> FileNames { get; } =
        [.. Directory.EnumerateFiles(RepositoryFiles.WorkflowsDirectory)
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(System.IO.Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];

    public static Workflow Load(string fileName) => new(fileName, RepositoryFiles.Read(".github", "workflows", fileName));

    public IEnumerable<KeyValuePair<string, JsonNode?>> Jobs => Document["jobs"]?.AsObject() ?? [];

    public IEnumerable<JsonObject> Steps(string job) => Document["jobs"]?[job]?["steps"]?.AsArray().OfType<JsonObject>() ?? [];

    public IEnumerable<JsonObject> AllSteps => Jobs.SelectMany(j => Steps(j.Key));

    public IEnumerable<string> Runs(string job) => Steps(job).Select(s => s["run"]?.GetValue<string>()).OfType<string>();
}
