using Screening.Functions.Console;

namespace Screening.Functions.Tests.Console;

/// <summary>Which role each console route asks for: the table is the console's whole authorization policy.</summary>
public sealed class ConsoleRouteTableTests
{
    [Theory]
    [InlineData("POST", "lists/ofac-sdn/versions/20260101T000000000Z-abcd/activate", ConsoleRoles.ListApprover)]
    [InlineData("POST", "uploads", ConsoleRoles.ListApprover)]
    [InlineData("POST", "lists/refresh", ConsoleRoles.ListApprover)]
    [InlineData("POST", "screen/name", ConsoleRoles.Reviewer)]
    [InlineData("POST", "alerts/al-1/decision", ConsoleRoles.Reviewer)]
    [InlineData("GET", "screenings/abc", ConsoleRoles.Reviewer)]
    [InlineData("POST", "subjects/batch", ConsoleRoles.Reviewer)]
    [InlineData("GET", "subjects/cust-1/audit", ConsoleRoles.Reviewer)]
    public void A_route_admits_its_role_and_refuses_a_person_without_it(string method, string path, string role)
    {
        var route = Find(method, path);
        var other = ConsoleRoles.All.First(r => r != role && r != ConsoleRoles.Admin);

        Assert.True(route.Admits(Person(role)));
        Assert.True(route.Admits(Person(ConsoleRoles.Admin)));
        Assert.False(route.Admits(Person(other)));
        Assert.False(route.Admits(Person()));
    }

    [Fact]
    public void List_approvers_and_reviewers_both_read_lists_and_versions()
    {
        foreach (var path in new[] { "lists", "lists/ofac-sdn/versions" })
        {
            Assert.True(Find("GET", path).Admits(Person(ConsoleRoles.Reviewer)));
            Assert.True(Find("GET", path).Admits(Person(ConsoleRoles.ListApprover)));
            Assert.False(Find("GET", path).Admits(Person()));
        }
    }

    [Fact]
    public void Every_route_but_me_needs_a_role()
    {
        Assert.All(ConsoleRouteTable.Routes.Where(r => r.Template != "me"), route => Assert.NotEmpty(route.Roles));
    }

    [Fact]
    public void A_route_matches_its_method_only()
    {
        Assert.DoesNotContain(ConsoleRouteTable.Routes, r => r.TryMatch("GET", "lists/ofac-sdn/versions/v1/activate", out _));
    }

    private static ConsoleRoute Find(string method, string path) =>
        Assert.Single(ConsoleRouteTable.Routes, r => r.TryMatch(method, path, out _));

    private static ConsolePerson Person(params string[] roles) => new("someone", "someone", roles.ToHashSet(StringComparer.Ordinal));
}
