using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Screening.Functions.Console;
using Screening.Functions.Identity;
using Screening.Testing;

namespace Screening.Benchmarks.Identity;

/// <summary>
/// What the app-role check adds to a /v1 admin call: validating an Entra ID access token (RS256, signing keys already
/// fetched and cached by the ConfigurationManager) and checking its role, against a local OpenID Connect issuer;
/// and the console path, where the person is already signed in.
/// </summary>
[MemoryDiagnoser]
public class RoleGateBenchmarks
{
    private OpenIdServer _issuer = null!;
    private RoleGate _gate = null!;
    private string _token = null!;
    private ConsolePerson _signedIn = null!;

    [GlobalSetup]
    public void Setup()
    {
        _issuer = OpenIdServer.Start();
        var validator = new EntraTokenAuthenticator(Options.Create(new EntraOptions
        {
            Instance = _issuer.Instance,
            TenantId = OpenIdServer.TenantId,
            ClientId = OpenIdServer.ClientId,
            RequireHttpsMetadata = false,
        }), TimeProvider.System);
        _gate = new RoleGate(validator);
        _token = _issuer.Token([ConsoleRoles.ListApprover]);
        _signedIn = new ConsolePerson("oid-ada", "ada@example.org", new HashSet<string> { ConsoleRoles.ListApprover });
        // The first call fetches metadata and keys; measured calls find them cached.
        if (BearerToken().GetAwaiter().GetResult() is not null)
        {
            throw new InvalidOperationException("The benchmark token was refused.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _issuer.Dispose();

    [Benchmark(Baseline = true, Description = "console: already signed in")]
    public Task<Microsoft.AspNetCore.Mvc.IActionResult?> SignedIn()
    {
        var context = new DefaultHttpContext();
        RoleGate.SignedIn(context, _signedIn);
        return _gate.RefuseAsync(context.Request, ConsoleRoles.ListApprover, CancellationToken.None);
    }

    [Benchmark(Description = "/v1: bearer token validated")]
    public Task<Microsoft.AspNetCore.Mvc.IActionResult?> BearerToken()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = "Bearer " + _token;
        return _gate.RefuseAsync(context.Request, ConsoleRoles.ListApprover, CancellationToken.None);
    }
}
