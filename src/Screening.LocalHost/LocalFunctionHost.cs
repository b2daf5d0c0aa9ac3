using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Options;
using Screening.Infrastructure.Storage;
using Screening.LocalHost.Blobs;
using Screening.LocalHost.Http;
using Screening.LocalHost.Invocation;
using Screening.LocalHost.Metadata;
using Screening.LocalHost.Queues;
using Screening.LocalHost.Timers;

namespace Screening.LocalHost;

/// <summary>
/// Hosts a built isolated-worker function app without Azure Functions Core Tools: it reads the app's
/// functions.metadata and host.json, registers the app's services through the app's own registration,
/// serves HTTP triggers on Kestrel, and runs timer, blob and queue triggers.
/// </summary>
public static class LocalFunctionHost
{
    public static WebApplication Build(string[] args, Action<IServiceCollection, IConfiguration> registerApp, string? functionAppPath = null)
    {
        ArgumentNullException.ThrowIfNull(registerApp);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var appDirectory = Path.GetFullPath(functionAppPath ?? builder.Configuration["LocalHost:FunctionAppPath"] ?? AppContext.BaseDirectory);

        // local.settings.json has the lowest priority: environment and command line override it, as with Core Tools.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = LocalSettings.Read(appDirectory) });
        var hostSettings = builder.Configuration.GetSection(LocalHostOptions.SectionName);
        builder.Services.Configure<LocalHostOptions>(hostSettings);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(hostSettings["Urls"] ?? new LocalHostOptions().Urls);
        }

        builder.Services.AddMvcCore();
        builder.Services.AddSingleton<FunctionInvoker>();
        builder.Services.AddSingleton<FunctionKeyAuthorizer>();
        builder.Services.AddSingleton(TimeProvider.System);
        registerApp(builder.Services, builder.Configuration);

        // AzureWebJobs.<Function>.Disabled turns a function off, as in Azure (AzureWebJobs__<Function>__Disabled in the environment).
        var functions = FunctionMetadataReader.Read(appDirectory)
            .Where(d => !builder.Configuration.GetValue<bool>($"AzureWebJobs.{d.Name}.Disabled") && !builder.Configuration.GetValue<bool>($"AzureWebJobs:{d.Name}:Disabled"))
            .Select(d => FunctionTarget.Resolve(d, appDirectory))
            .ToList();
        BindingValidator.Validate(functions);
        AddTimers(builder, functions);
        AddBlobTriggers(builder, functions);
        var hostJson = HostJson.Read(appDirectory);
        AddQueueTriggers(builder, functions, hostJson.Queues);

        var app = builder.Build();
        HttpTriggerEndpoints.Map(app, functions, hostJson.RoutePrefix);
        app.Logger.LogInformation("LocalHost serving {Count} functions from {Directory}", functions.Count, appDirectory);
        return app;
    }

    private static void AddTimers(WebApplicationBuilder builder, IEnumerable<FunctionTarget> functions)
    {
        foreach (var function in functions.Where(f => Is(f, "timerTrigger")))
        {
            var trigger = function.Definition.Trigger;
            var schedule = TimerSchedule.Parse(trigger.GetString("schedule") ?? throw new InvalidOperationException($"Timer '{function.Name}' has no schedule."), builder.Configuration);
            builder.Services.AddSingleton<IHostedService>(services =>
                services.GetRequiredService<IOptions<LocalHostOptions>>().Value.TimersEnabled
                    ? ActivatorUtilities.CreateInstance<TimerTriggerService>(services, function, schedule, trigger.GetBoolean("runOnStartup"))
                    : new DisabledTrigger());
        }
    }

    private static void AddBlobTriggers(WebApplicationBuilder builder, IEnumerable<FunctionTarget> functions)
    {
        foreach (var function in functions.Where(f => Is(f, "blobTrigger")))
        {
            var trigger = function.Definition.Trigger;
            var path = BlobPathPattern.Parse(trigger.GetString("path") ?? throw new InvalidOperationException($"Blob trigger '{function.Name}' has no path."));
            var connection = StorageConnection.Resolve(builder.Configuration, trigger.GetString("connection") ?? "AzureWebJobsStorage");
            builder.Services.AddSingleton<IHostedService>(services =>
                ActivatorUtilities.CreateInstance<BlobTriggerService>(services, function, path, connection.CreateBlobServiceClient()));
        }
    }

    private static void AddQueueTriggers(WebApplicationBuilder builder, IEnumerable<FunctionTarget> functions, QueueHostSettings settings)
    {
        foreach (var function in functions.Where(f => Is(f, "queueTrigger")))
        {
            var trigger = function.Definition.Trigger;
            var queueName = trigger.GetString("queueName") ?? throw new InvalidOperationException($"Queue trigger '{function.Name}' has no queue name.");
            var connection = StorageConnection.Resolve(builder.Configuration, trigger.GetString("connection") ?? "AzureWebJobsStorage");
            builder.Services.AddSingleton<IHostedService>(services =>
                ActivatorUtilities.CreateInstance<QueueTriggerService>(services, function, QueueClients.Create(connection, settings), queueName, settings));
        }
    }

    private static bool Is(FunctionTarget function, string triggerType) =>
        function.Definition.Trigger.Type.Equals(triggerType, StringComparison.OrdinalIgnoreCase);

    private sealed class DisabledTrigger : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
