using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Screening.LocalHost.TestApp;
using Screening.Testing;

namespace Screening.LocalHost.Tests;

/// <summary>
/// Azurite plus LocalHost serving the test app on a free loopback port, keys required, a one-second timer,
/// and fast blob polling. Tests talk to it over real HTTP and real storage.
/// </summary>
public sealed class TestAppHostFixture : IAsyncLifetime
{
    public const string MasterKey = "test-master-key";
    public const string FunctionKey = "test-function-key";
    public const string FunctionKeyName = "fintech-app";

    private WebApplication? _app;

    public AzuriteServer? Storage { get; private set; }
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Storage = await AzuriteServer.StartAsync();
        var port = AzuriteServer.FreePort();
        BaseAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/test-api/"));
        string[] args =
        [
            "--urls", string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"),
            "--Storage:ConnectionString", Storage.ConnectionString,
            "--TestApp:TickSchedule", "*/1 * * * * *",
            "--LocalHost:RequireKeys", "true",
            "--LocalHost:MasterKey", MasterKey,
            $"--LocalHost:FunctionKeys:{FunctionKeyName}", FunctionKey,
            "--LocalHost:BlobPollInterval", "00:00:00.250",
            "--LocalHost:QueuePollInterval", "00:00:00.100",
        ];
        _app = LocalFunctionHost.Build(args, (services, _) => services.AddTestApp(), TestApp.Directory);
        await _app.StartAsync();
    }

    public HttpClient CreateClient(string? key = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("x-functions-key", key);
        }

        return client;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (Storage is not null)
        {
            await Storage.DisposeAsync();
        }
    }
}
