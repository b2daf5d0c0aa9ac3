using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Screening.Functions;

/// <summary>The one registration every host (Azure Functions, LocalHost, tests) calls.</summary>
public static class ScreeningServiceCollectionExtensions
{
    public static IServiceCollection AddScreening(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
