using Screening.Deployment.Tests.Tools;

namespace Screening.Deployment.Tests.Workflows;

public sealed class WorkflowSchemaTests
{
    public static TheoryData<string> WorkflowFiles => [.. Workflow.FileNames];

    [Fact]
    public void Finds_the_ci_and_deploy_workflows()
    {
        Assert.Contains("ci.yml", Workflow.FileNames);
        Assert.Contains("deploy.yml", Workflow.FileNames);
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Is_valid_against_the_GitHub_Actions_workflow_schema(string fileName)
    {
        var result = ActionValidator.Validate(Workflow.Load(fileName).Path);

        Assert.True(result.ExitCode == 0, result.Describe());
    }

    [Fact]
    public void The_validator_rejects_a_workflow_that_breaks_the_schema()
    {
        var directory = Directory.CreateTempSubdirectory("screening-workflow-");
        try
        {
            var broken = Path.Combine(directory.FullName, "broken.yml");
            File.WriteAllText(broken, "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: echo\n");

            var result = ActionValidator.Validate(broken);

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("stepz", result.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
