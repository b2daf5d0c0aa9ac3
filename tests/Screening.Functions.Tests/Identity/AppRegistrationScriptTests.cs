using System.Diagnostics;
using System.Text.Json;
using Screening.Functions.Console;
using Screening.Testing;

namespace Screening.Functions.Tests.Identity;

/// <summary>
/// infra/scripts/register-app.sh and infra/console-app-roles.json: the roles the registration declares are the roles
/// the app enforces (one list), and the script is idempotent. The script runs for real against a stand-in <c>az</c>
/// that answers as Entra ID would and logs every call.
/// </summary>
public sealed class AppRegistrationScriptTests : IDisposable
{
    private static readonly string RolesFile = Path.Combine(TestPaths.RepositoryRoot, "infra", "console-app-roles.json");
    private static readonly string Script = Path.Combine(TestPaths.RepositoryRoot, "infra", "scripts", "register-app.sh");
    private readonly string _bin = Directory.CreateTempSubdirectory("fake-az-").FullName;

    public AppRegistrationScriptTests()
    {
        var az = Path.Combine(_bin, "az");
        File.WriteAllText(az, """
            #!/bin/sh
            echo "$*" >> "$AZ_LOG"
            case "$*" in
              "ad app list"*) echo "${FAKE_APP:-}" ;;
              "ad app create"*) echo "client-new" ;;
              *"--query id -o tsv"*) echo "object-1" ;;
              "ad app show"*) echo "${FAKE_SCOPE:-}" ;;
              "ad sp list"*) echo "${FAKE_SP:-}" ;;
              "ad sp create"*) echo "sp-new" ;;
              "rest --method GET"*)
                # Graph pages appRoleAssignedTo; a --query (JMESPath over one page) is not modelled: nothing matches.
                empty='{"value":[]}'
                case "$*" in
                  *"--query"*) ;;
                  *"skiptoken=page2"*) echo "${FAKE_PAGE2:-$empty}" ;;
                  *) echo "${FAKE_PAGE1:-$empty}" ;;
                esac ;;
            esac
            """);
        // The script is POSIX sh, run where the deployment runs (Linux, macOS).
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(az, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void The_registration_declares_exactly_the_roles_the_app_enforces_assignable_to_people_and_applications()
    {
        using var roles = JsonDocument.Parse(File.ReadAllText(RolesFile));
        var declared = roles.RootElement.EnumerateArray().ToList();

        Assert.Equal(ConsoleRoles.All.Order(StringComparer.Ordinal), declared.Select(r => r.GetProperty("value").GetString()).Order(StringComparer.Ordinal));
        Assert.All(declared, r => Assert.True(Guid.TryParse(r.GetProperty("id").GetString(), out _)));
        Assert.Equal(declared.Count, declared.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(declared, r => Assert.Equal(["User", "Application"], r.GetProperty("allowedMemberTypes").EnumerateArray().Select(t => t.GetString())));
    }

    [Fact]
    public void A_first_run_creates_the_app_with_the_declared_roles_its_principal_and_the_assignment()
    {
        var (exit, log, output) = Run(new(), "--assign", $"{ConsoleRoles.Reviewer}=group-reviewers");

        Assert.Equal(0, exit);
        Assert.Equal("client-new", output.Trim().Split('\n')[^1]);
        Assert.Contains(log, l => l.StartsWith("ad app create", StringComparison.Ordinal) && l.Contains($"--app-roles @{Path.GetDirectoryName(Script)}/../console-app-roles.json", StringComparison.Ordinal));
        Assert.Contains(log, l => l.StartsWith("ad sp create --id client-new", StringComparison.Ordinal));
        var reviewerRoleId = RoleId(ConsoleRoles.Reviewer);
        Assert.Contains(log, l => l.StartsWith("rest --method POST", StringComparison.Ordinal) && l.Contains("\"principalId\":\"group-reviewers\"", StringComparison.Ordinal) && l.Contains(reviewerRoleId, StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_run_updates_the_app_and_creates_nothing_twice()
    {
        var (exit, log, _) = Run(new() { ["FAKE_APP"] = "client-old", ["FAKE_SP"] = "sp-old", ["FAKE_SCOPE"] = "scope-kept", ["FAKE_PAGE1"] = Page([("group-reviewers", RoleId(ConsoleRoles.Reviewer))]) },
            "--assign", $"{ConsoleRoles.Reviewer}=group-reviewers");

        Assert.Equal(0, exit);
        Assert.DoesNotContain(log, l => l.StartsWith("ad app create", StringComparison.Ordinal) || l.StartsWith("ad sp create", StringComparison.Ordinal) || l.StartsWith("rest --method POST", StringComparison.Ordinal));
        Assert.Contains(log, l => l.StartsWith("ad app update --id client-old --app-roles @", StringComparison.Ordinal));
        Assert.Contains(log, l => l.StartsWith("rest --method PATCH", StringComparison.Ordinal) && l.Contains("\"id\":\"scope-kept\"", StringComparison.Ordinal));
    }

    [Fact]
    public void An_assignment_on_a_later_page_of_the_graph_answer_is_found_and_not_made_twice()
    {
        const string next = "https://graph.microsoft.com/v1.0/servicePrincipals/sp-old/appRoleAssignedTo?$skiptoken=page2";
        var others = Enumerable.Range(0, 100).Select(i => ($"user-{i}", RoleId(ConsoleRoles.Reviewer))).ToList();
        var (exit, log, _) = Run(new()
            {
                ["FAKE_APP"] = "client-old", ["FAKE_SP"] = "sp-old", ["FAKE_SCOPE"] = "scope-kept",
                ["FAKE_PAGE1"] = Page(others, next),
                ["FAKE_PAGE2"] = Page([("group-reviewers", RoleId(ConsoleRoles.Reviewer))]),
            },
            "--assign", $"{ConsoleRoles.Reviewer}=group-reviewers");

        Assert.Equal(0, exit);
        Assert.Contains(log, l => l.StartsWith("rest --method GET", StringComparison.Ordinal) && l.Contains(next, StringComparison.Ordinal));
        Assert.DoesNotContain(log, l => l.StartsWith("rest --method POST", StringComparison.Ordinal));
    }

    [Fact]
    public void An_assignment_of_a_role_the_app_does_not_declare_is_refused_before_anything_changes()
    {
        var (exit, log, _) = Run(new(), "--assign", "Screening.Auditor=group-x");

        Assert.Equal(2, exit);
        Assert.Empty(log);
    }

    public void Dispose() => Directory.Delete(_bin, recursive: true);

    /// <summary>One page of Graph's appRoleAssignedTo answer: the assignments, and the next page's link when there is one.</summary>
    private static string Page(IEnumerable<(string Principal, string Role)> assignments, string? nextLink = null)
    {
        var page = new Dictionary<string, object>
        {
            ["value"] = assignments.Select((a, i) => new { id = $"assignment-{a.Principal}-{i}", principalId = a.Principal, appRoleId = a.Role }).ToList(),
        };
        if (nextLink is not null)
        {
            page["@odata.nextLink"] = nextLink;
        }

        return JsonSerializer.Serialize(page);
    }

    private static string RoleId(string value)
    {
        using var roles = JsonDocument.Parse(File.ReadAllText(RolesFile));
        return roles.RootElement.EnumerateArray().Single(r => r.GetProperty("value").GetString() == value).GetProperty("id").GetString()!;
    }

    private (int Exit, IReadOnlyList<string> Log, string Output) Run(Dictionary<string, string> fake, params string[] extra)
    {
        var log = Path.Combine(_bin, "az.log");
        File.Delete(log);
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Script, "--env", "test", "--app-url", "https://screening-test.azurewebsites.net" }.Concat(extra))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PATH"] = _bin + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["AZ_LOG"] = log;
        foreach (var (name, value) in fake)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "register-app.sh did not finish");
        _ = errors.Result;
        return (process.ExitCode, File.Exists(log) ? File.ReadAllLines(log) : [], output.Result);
    }
}
