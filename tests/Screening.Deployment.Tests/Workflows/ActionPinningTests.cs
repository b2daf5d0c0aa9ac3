using System.Text.RegularExpressions;

namespace Screening.Deployment.Tests.Workflows;

/// <summary>Tags can be moved; a full commit SHA cannot. Every action is pinned, with its version in a comment.</summary>
public sealed partial class ActionPinningTests
{
    public static TheoryData<string> WorkflowFiles => [.. Workflow.FileNames];

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Pins_every_action_to_a_full_commit_SHA(string fileName)
    {
        var workflow = Workflow.Load(fileName);
        var uses = workflow.AllSteps.Select(s => s["uses"]?.GetValue<string>()).OfType<string>().ToList();

        Assert.NotEmpty(uses);
        Assert.All(uses, action => Assert.Matches(PinnedAction(), action));
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Names_the_pinned_version_in_a_comment(string fileName)
    {
        var lines = Workflow.Load(fileName).Text.Split('\n').Where(l => UsesLine().IsMatch(l)).ToList();

        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Matches(PinnedLineWithVersion(), line));
    }

    [Fact]
    public void Uses_no_reusable_workflow_or_docker_image_by_tag()
    {
        foreach (var fileName in Workflow.FileNames)
        {
            var workflow = Workflow.Load(fileName);
            Assert.All(workflow.Jobs, job => Assert.Null(job.Value?["uses"]));
            Assert.DoesNotContain(workflow.AllSteps, s => s["uses"]?.GetValue<string>().StartsWith("docker://", StringComparison.Ordinal) == true);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}$")]
    private static partial Regex PinnedAction();

    [GeneratedRegex(@"^\s*(-\s+)?uses:")]
    private static partial Regex UsesLine();

    [GeneratedRegex(@"^\s*(-\s+)?uses:\s+\S+@[0-9a-f]{40} # v\d+(\.\d+)*\s*$")]
    private static partial Regex PinnedLineWithVersion();
}
