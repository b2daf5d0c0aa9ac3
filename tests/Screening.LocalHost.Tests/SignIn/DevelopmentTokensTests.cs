using Screening.Functions.Console;
using Screening.LocalHost.SignIn;

namespace Screening.LocalHost.Tests.SignIn;

/// <summary>LocalHost's development bearer tokens: the named person and roles come back; nothing from elsewhere is accepted.</summary>
public sealed class DevelopmentTokensTests
{
    [Fact]
    public async Task An_issued_token_names_the_person_and_roles()
    {
        var tokens = new DevelopmentTokens(TimeProvider.System);

        var result = await tokens.ValidateAsync(tokens.Issue(new ConsolePerson("ada", "ada", new HashSet<string> { ConsoleRoles.ListApprover })), CancellationToken.None);

        Assert.Equal("ada", result.Caller?.Actor);
        Assert.Equal([ConsoleRoles.ListApprover], result.Caller!.Roles);
    }

    [Fact]
    public async Task A_token_of_another_LocalHost_run_is_refused()
    {
        var before = new DevelopmentTokens(TimeProvider.System).Issue(new ConsolePerson("ada", "ada", new HashSet<string> { ConsoleRoles.Admin }));

        var result = await new DevelopmentTokens(TimeProvider.System).ValidateAsync(before, CancellationToken.None);

        Assert.Null(result.Caller);
        Assert.Contains("restarts", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var tokens = new DevelopmentTokens(new TwoDaysAgo());
        var old = tokens.Issue(new ConsolePerson("ada", "ada", new HashSet<string> { ConsoleRoles.Admin }));

        Assert.Null((await tokens.ValidateAsync(old, CancellationToken.None)).Caller);
    }

    /// <summary>Issues as if two days ago, so the 12-hour token is long expired when checked now.</summary>
    private sealed class TwoDaysAgo : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow.AddDays(-2);
    }
}
