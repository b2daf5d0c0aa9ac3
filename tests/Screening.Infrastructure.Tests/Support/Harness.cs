using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Screening.Infrastructure.Lists;

namespace Screening.Infrastructure.Tests.Support;

/// <summary>The infrastructure as the app registers it, against a test Azurite and test settings.</summary>
public static class Harness
{
    public static ServiceProvider Create(string connectionString, IDictionary<string, string?>? settings = null, TimeProvider? clock = null, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Lists:Download:RetryDelay"] = "00:00:00.050",
            ["Lists:Download:MaxRetries"] = "2",
            ["Lists:Download:AttemptTimeout"] = "00:00:05",
            ["Lists:LeaseDuration"] = "00:00:15",
            ["Lists:EntityShards"] = "4",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddScreeningInfrastructure(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>A record as the ingestion pipeline writes it before the rows.</summary>
    public static ListVersionRecord RecordFor(Domain.Model.ParsedList list, string versionId, int shards = 4) => new()
    {
        Source = list.Metadata.Source,
        VersionId = versionId,
        Status = ListVersionStatus.Writing,
        ContentHash = list.Metadata.ContentHash,
        LoadedAt = DateTimeOffset.UtcNow,
        Format = list.Metadata.Format,
        PublishedAt = list.Metadata.PublishedAt,
        ParsedCount = list.Entities.Count,
        EntityCount = list.Entities.Count,
        NameCount = list.Entities.Sum(e => e.Names.Count),
        AddressCount = list.Entities.Sum(e => e.DigitalCurrencyAddresses.Count),
        Shards = shards,
    };
}
