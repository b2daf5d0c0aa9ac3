using Screening.Functions.Console;

namespace Screening.Functions.Tests.Console;

public sealed class ConsolePersonTests
{
    [Fact]
    public void An_admin_holds_every_role()
    {
        var admin = new ConsolePerson("oid-1", "Ann", new HashSet<string> { ConsoleRoles.Admin });

        Assert.All(ConsoleRoles.All, role => Assert.True(admin.Holds(role)));
    }

    [Fact]
    public void A_reviewer_does_not_hold_the_list_approver_role()
    {
        var reviewer = new ConsolePerson("oid-2", "Rex", new HashSet<string> { ConsoleRoles.Reviewer });

        Assert.True(reviewer.Holds(ConsoleRoles.Reviewer));
        Assert.False(reviewer.Holds(ConsoleRoles.ListApprover));
    }

    [Fact]
    public void The_actor_names_the_person_with_the_id_when_they_differ()
    {
        Assert.Equal("Ada Lovelace <oid-3>", new ConsolePerson("oid-3", "Ada Lovelace", new HashSet<string>()).Actor);
        Assert.Equal("ada", new ConsolePerson("ada", "ada", new HashSet<string>()).Actor);
    }
}
