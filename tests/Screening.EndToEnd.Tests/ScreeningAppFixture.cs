using Screening.Testing;

namespace Screening.EndToEnd.Tests;

/// <summary>Azurite plus the Screening app under LocalHost, each as its own process, as the README runs them.</summary>
public class ScreeningAppFixture : IAsyncLifetime
{
    public AzuriteServer? Storage { get; private set; }
    public LocalHostProcess? App { get; private set; }

    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        // The refresh timer would reach for the official lists, which this machine cannot; tests drive the app explicitly.
        ["LocalHost:TimersEnabled"] = "false",
        ["Lists:RefreshOnStartup"] = "false",
        ["Lists:ActivationPollInterval"] = "00:00:01",
    };

    public async Task InitializeAsync()
    {
        Storage = await AzuriteServer.StartAsync();
        App = await LocalHostProcess.StartAsync(Storage.ConnectionString, Settings);
    }

    public HttpClient CreateClient() => App!.CreateClient();

    public async Task DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        if (Storage is not null)
        {
            await Storage.DisposeAsync();
        }
    }
}
