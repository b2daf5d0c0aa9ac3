using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Screening.Functions.Services.Monitoring;

namespace Screening.Functions.Tests.Monitoring;

/// <summary>The monitoring services resolve from the one registration every host calls, with the validators it registers.</summary>
public sealed class MonitoringRegistrationTests
{
    [Fact]
    public async Task Subject_registration_and_import_resolve_from_AddScreening()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            // Never contacted: resolving builds clients, it does not call them.
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddScreening(configuration).BuildServiceProvider();

        Assert.NotNull(services.GetRequiredService<SubjectService>());
        Assert.NotNull(services.GetRequiredService<SubjectImport>());
    }
}
