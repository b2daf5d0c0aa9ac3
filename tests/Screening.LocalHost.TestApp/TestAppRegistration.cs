using Microsoft.Extensions.DependencyInjection;

namespace Screening.LocalHost.TestApp;

public static class TestAppRegistration
{
    public static IServiceCollection AddTestApp(this IServiceCollection services)
    {
        services.AddSingleton<InvocationLog>();
        return services;
    }
}
