using Screening.Functions.Console;
using Screening.LocalHost.SignIn;

namespace Screening.LocalHost.Tests.SignIn;

public sealed class DevelopmentPersonTests
{
    [Fact]
    public void The_chosen_person_comes_back_from_the_cookie()
    {
        var person = new ConsolePerson("ada", "ada", new HashSet<string> { ConsoleRoles.ListApprover, ConsoleRoles.Reviewer });

        var decoded = DevelopmentPerson.Decode(DevelopmentPerson.Encode(person));

        Assert.NotNull(decoded);
        Assert.Equal("ada", decoded.Name);
        Assert.Equal(person.Roles.Order(), decoded.Roles.Order());
    }

    [Fact]
    public void A_role_the_console_does_not_know_is_dropped()
    {
        var person = new ConsolePerson("eve", "eve", new HashSet<string> { "Screening.Everything", ConsoleRoles.Reviewer });

        var decoded = DevelopmentPerson.Decode(DevelopmentPerson.Encode(person));

        Assert.Equal([ConsoleRoles.Reviewer], decoded!.Roles);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-base64!")]
    [InlineData("e30")]
    public void An_absent_or_unreadable_cookie_is_nobody(string? cookie)
    {
        Assert.Null(DevelopmentPerson.Decode(cookie));
    }
}
