using Screening.Functions.Console;
using Screening.Functions.Identity;
using Screening.Testing;

namespace Screening.Functions.Tests.Identity;

/// <summary>The real Entra ID validator against a local OpenID Connect issuer (own RSA keys, issuer, audience).</summary>
public sealed class EntraTokenAuthenticatorTests : IDisposable
{
    private readonly OpenIdServer _issuer = OpenIdServer.Start();

    [Fact]
    public async Task A_persons_token_names_the_person_with_their_object_id_and_roles()
    {
        var validator = new EntraTokenAuthenticator(_issuer.Options(), TimeProvider.System);

        var result = await validator.ValidateAsync(_issuer.Token([ConsoleRoles.ListApprover], user: "ada@example.org", oid: "oid-ada"), CancellationToken.None);

        Assert.NotNull(result.Caller);
        Assert.Equal(("oid-ada", "ada@example.org", "ada@example.org <oid-ada>"), (result.Caller.Id, result.Caller.Name, result.Caller.Actor));
        Assert.Equal([ConsoleRoles.ListApprover], result.Caller.Roles);
    }

    [Fact]
    public async Task An_application_token_with_roles_and_no_user_names_the_application()
    {
        var validator = new EntraTokenAuthenticator(_issuer.Options(), TimeProvider.System);

        var result = await validator.ValidateAsync(_issuer.Token([ConsoleRoles.Admin], user: null, oid: "oid-sp", azp: "app-nightly"), CancellationToken.None);

        Assert.NotNull(result.Caller);
        Assert.Equal("application app-nightly <oid-sp>", result.Caller.Actor);
        Assert.True(result.Caller.Holds(ConsoleRoles.ListApprover));
    }

    [Theory]
    [InlineData("User.Read", null)]
    [InlineData(null, null)]
    [InlineData("", "user")]
    [InlineData("Console.Access.Other User.Read", "user")]
    public async Task A_persons_token_without_this_APIs_delegated_scope_is_refused_whatever_its_roles(string? scope, string? tokenType)
    {
        var validator = new EntraTokenAuthenticator(_issuer.Options(), TimeProvider.System);

        var result = await validator.ValidateAsync(_issuer.Token([ConsoleRoles.Admin], user: "ada@example.org", scope: scope, tokenType: tokenType), CancellationToken.None);

        Assert.Null(result.Caller);
        Assert.Contains("without this API's scope 'Console.Access' in scp", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_persons_token_with_this_APIs_scope_among_others_is_accepted()
    {
        var validator = new EntraTokenAuthenticator(_issuer.Options(), TimeProvider.System);

        var result = await validator.ValidateAsync(_issuer.Token([ConsoleRoles.Reviewer], scope: "User.Read Console.Access", tokenType: "user"), CancellationToken.None);

        Assert.True(result.Caller!.Holds(ConsoleRoles.Reviewer));
    }

    [Fact]
    public async Task A_user_token_naming_nobody_is_still_a_delegated_token_that_needs_the_scope()
    {
        var validator = new EntraTokenAuthenticator(_issuer.Options(), TimeProvider.System);

        // idtyp=user but neither scp nor a user name: without idtyp it would pass as an application's token.
        var result = await validator.ValidateAsync(_issuer.Token([ConsoleRoles.Admin], user: null, tokenType: "user"), CancellationToken.None);

        Assert.Null(result.Caller);
    }

    [Fact]
    public async Task An_app_only_token_marked_idtyp_app_relies_on_its_roles()
    {
        var validator = new EntraTokenAuthenticator(_issuer.Options(), TimeProvider.System);

        var result = await validator.ValidateAsync(_issuer.Token([ConsoleRoles.Admin], user: null, oid: "oid-sp", azp: "app-nightly", tokenType: "app"), CancellationToken.None);

        Assert.Equal("application app-nightly <oid-sp>", result.Caller!.Actor);
    }

    public static TheoryData<string, string> Refused => new()
    {
        { "audience", "another audience" },
        { "issuer", "another issuer" },
        { "expired", "expired" },
        { "unknown-key", "key the issuer does not publish" },
        { "garbage", "not a well-formed" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_token_for_another_audience_or_issuer_expired_or_signed_by_another_key_is_refused_saying_why(string flaw, string reason)
    {
        var validator = new EntraTokenAuthenticator(_issuer.Options(), TimeProvider.System);
        var token = flaw switch
        {
            "audience" => _issuer.Token([ConsoleRoles.Admin], audience: "api://some-other-app"),
            "issuer" => _issuer.Token([ConsoleRoles.Admin], issuer: "https://login.microsoftonline.com/another-tenant/v2.0"),
            "expired" => _issuer.Token([ConsoleRoles.Admin], expires: DateTime.UtcNow.AddMinutes(-10)),
            "unknown-key" => _issuer.Token([ConsoleRoles.Admin], key: OpenIdServer.NewKey()),
            _ => "not.a.token",
        };

        var result = await validator.ValidateAsync(token, CancellationToken.None);

        Assert.Null(result.Caller);
        Assert.Contains(reason, result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_key_rotation_a_token_signed_with_the_new_key_is_accepted_by_fetching_the_keys_again()
    {
        var validator = new EntraTokenAuthenticator(_issuer.Options(), TimeProvider.System);
        Assert.NotNull((await validator.ValidateAsync(_issuer.Token([ConsoleRoles.Reviewer]), CancellationToken.None)).Caller);
        var fetchesBefore = _issuer.KeyFetches;

        _issuer.RotateKeys();
        var result = await validator.ValidateAsync(_issuer.Token([ConsoleRoles.Reviewer]), CancellationToken.None);

        Assert.NotNull(result.Caller);
        Assert.True(_issuer.KeyFetches > fetchesBefore, "the keys were fetched again");
    }

    [Fact]
    public async Task Tokens_with_unknown_keys_ask_for_new_keys_at_most_once_per_refresh_interval()
    {
        var validator = new EntraTokenAuthenticator(_issuer.Options(minimumKeyRefresh: TimeSpan.FromMinutes(5)), TimeProvider.System);
        await validator.ValidateAsync(_issuer.Token([ConsoleRoles.Reviewer]), CancellationToken.None);

        for (var i = 0; i < 5; i++)
        {
            Assert.Null((await validator.ValidateAsync(_issuer.Token([ConsoleRoles.Reviewer], key: OpenIdServer.NewKey()), CancellationToken.None)).Caller);
        }

        Assert.InRange(_issuer.KeyFetches, 1, 2);
    }

    [Fact]
    public async Task When_the_metadata_cannot_be_fetched_tokens_cannot_be_checked_rather_than_being_refused()
    {
        var validator = new EntraTokenAuthenticator(_issuer.Options(), TimeProvider.System);
        _issuer.GoDown();

        await Assert.ThrowsAsync<SignInUnavailableException>(() => validator.ValidateAsync(_issuer.Token([ConsoleRoles.Reviewer]), CancellationToken.None));
    }

    public void Dispose() => _issuer.Dispose();
}
