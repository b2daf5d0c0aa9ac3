using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Screening.Functions.Services;
using Screening.Functions.Validation;
using Screening.Infrastructure.Audit;
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

        services.AddSingleton(_ => StorageConnection.Resolve(configuration));
        services.AddSingleton(sp => sp.GetRequiredService<StorageConnection>().CreateTableServiceClient());
        services.AddSingleton(sp => sp.GetRequiredService<StorageConnection>().CreateBlobServiceClient());

        services.Configure<AuditOptions>(configuration.GetSection(AuditOptions.SectionName));
        services.AddSingleton<AuditBuffer>();
        services.AddSingleton<AuditStore>();
        services.AddHostedService<AuditWriter>();

        services.AddSingleton<ActiveIndexHolder>();
        services.AddSingleton<IActiveIndex>(sp => sp.GetRequiredService<ActiveIndexHolder>());
        services.AddSingleton<ScreeningService>();
        return services;
    }
}
