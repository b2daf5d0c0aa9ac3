using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Screening.Domain.Names;
using Screening.Domain.Screening;
using Screening.Infrastructure;
using Screening.Functions.Console;
using Screening.Functions.Identity;
using Screening.Functions.Services;
using Screening.Functions.Services.Monitoring;
using Screening.Functions.Validation;
using Screening.Infrastructure.Audit;
using Screening.Infrastructure.Monitoring;
using Screening.Infrastructure.Monitoring.Events;
using Screening.Infrastructure.Storage;

namespace Screening.Functions;

/// <summary>The one registration every host (Azure Functions, LocalHost, tests) calls.</summary>
public static class ScreeningServiceCollectionExtensions
{
    public static IServiceCollection AddScreening(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddValidatorsFromAssemblyContaining<ScreenNameRequestValidator>(ServiceLifetime.Singleton);

        services.AddScreeningInfrastructure(configuration);
        services.AddSingleton(configuration.GetSection("Matching").Get<NameMatchingOptions>() ?? NameMatchingOptions.Default);
        services.AddActiveListIndex<ScreeningIndex, ScreeningIndexBuilder>();
        services.AddSingleton<IActiveIndex, MonitoredActiveIndex>();

        services.Configure<AuditOptions>(configuration.GetSection(AuditOptions.SectionName));
        services.AddSingleton<AuditBuffer>();
        services.AddSingleton(sp => new AuditStore(
            sp.GetRequiredService<StorageConnection>().CreateTableServiceClient(), sp.GetRequiredService<IOptions<AuditOptions>>()));
        services.AddSingleton(sp => new AuditSpill(sp.GetRequiredService<IOptions<AuditOptions>>(), sp.GetRequiredService<AuditStore>().Table));
        services.AddHostedService<AuditWriter>();

        services.AddSingleton<ScreeningService>();
        services.AddSingleton(sp => new SubjectStore(sp.GetRequiredService<StorageConnection>().CreateTableServiceClient()));
        services.AddSingleton(sp => new AlertStore(sp.GetRequiredService<StorageConnection>().CreateTableServiceClient()));
        services.Configure<AlertEventOptions>(configuration.GetSection(AlertEventOptions.SectionName));
        services.AddSingleton<AlertEventPublisher>();
        services.AddSingleton<AlertNotifier>();
        services.AddHostedService<AlertEventSweeper>();
        services.AddSingleton<SubjectAlerting>();
        services.AddSingleton<MonitoringAudit>();
        services.AddSingleton<SubjectService>();
        services.AddSingleton<AlertService>();
        services.AddSingleton<SubjectAuditService>();
        services.Configure<MonitoringOptions>(configuration.GetSection(MonitoringOptions.SectionName));
        services.AddSingleton(sp => new RescreenPlanStore(sp.GetRequiredService<StorageConnection>().CreateTableServiceClient()));
        services.AddSingleton(sp => new RescreenDispatcher(sp.GetRequiredService<StorageConnection>().CreateQueueServiceClient()));
        services.AddSingleton<IListVersionEntities, StoredListVersionEntities>();
        services.AddSingleton<RescreenDeltas>();
        services.AddSingleton<RescreenService>();
        services.AddSingleton<RescreenPlanner>();
        services.AddHostedService(sp => sp.GetRequiredService<RescreenPlanner>());
        services.AddSingleton<RescreenStatusService>();
        services.AddSingleton(sp => new SubjectsInbox(sp.GetRequiredService<StorageConnection>().CreateBlobServiceClient()));
        services.AddSingleton<SubjectBulkRegistration>();
        services.AddSingleton<SubjectImport>();
        services.AddHostedService<StartupRefresh>();
        AddConsole(services, configuration);
        return services;
    }

    /// <summary>The compliance console: its files, its uploads, and Entra ID sign-in when an app registration is configured.</summary>
    private static void AddConsole(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ConsoleAssetCatalog>();
        services.AddSingleton<ConsoleUploads>();
        services.AddSingleton<HeldVersionDelta>();
        services.Configure<EntraOptions>(configuration.GetSection(EntraOptions.SectionName));
        var entra = configuration.GetSection(EntraOptions.SectionName).Get<EntraOptions>() ?? new EntraOptions();
        // One validator for the console and the /v1 admin routes: the same token opens both, by the same roles.
        if (entra.IsConfigured)
        {
            services.AddSingleton<EntraTokenAuthenticator>();
            services.AddSingleton<IConsoleAuthenticator>(provider => provider.GetRequiredService<EntraTokenAuthenticator>());
            services.AddSingleton<IBearerTokenValidator>(provider => provider.GetRequiredService<EntraTokenAuthenticator>());
        }
        else
        {
            services.AddSingleton<UnconfiguredConsoleAuthenticator>();
            services.AddSingleton<IConsoleAuthenticator>(provider => provider.GetRequiredService<UnconfiguredConsoleAuthenticator>());
            services.AddSingleton<IBearerTokenValidator>(provider => provider.GetRequiredService<UnconfiguredConsoleAuthenticator>());
        }

        services.AddSingleton<RoleGate>();
    }
}
