using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Screening.Infrastructure.Lists;
using Screening.Infrastructure.Lists.Active;
using Screening.Infrastructure.Lists.Catalog;
using Screening.Infrastructure.Lists.Inbox;
using Screening.Infrastructure.Lists.Ingestion;
using Screening.Infrastructure.Lists.Refresh;
using Screening.Infrastructure.Lists.Versions;
using Screening.Infrastructure.Storage;

namespace Screening.Infrastructure;

/// <summary>Registers the list store, refresh, uploads and catalog; options come from the Lists and Storage sections.</summary>
public static class InfrastructureServiceCollectionExtensions
{
    public static IServiceCollection AddScreeningInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ListsOptions>().Bind(configuration.GetSection(ListsOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IListReader, DomainListReader>();
        services.TryAddSingleton(_ => StorageConnection.Resolve(configuration));
        services.TryAddSingleton(provider =>
        {
            var connection = provider.GetRequiredService<StorageConnection>();
            return new ListStorage(connection.CreateTableServiceClient(), connection.CreateBlobServiceClient());
        });

        services.AddHttpClient(ListFetcher.HttpClientName, client =>
        {
            // Each attempt has its own timeout in the retry pipeline; the client must not cut it shorter.
            client.Timeout = Timeout.InfiniteTimeSpan;
            client.DefaultRequestHeaders.UserAgent.ParseAdd("Screening-ListRefresh/1.0");
        });

        services.TryAddSingleton<ListWriteHooks>();
        services.TryAddSingleton(provider => new ListVersionWriter(
            provider.GetRequiredService<ListStorage>(),
            provider.GetRequiredService<SnapshotStore>(),
            provider.GetRequiredService<IOptions<ListsOptions>>(),
            provider.GetRequiredService<ListWriteHooks>()));
        services.TryAddSingleton<SnapshotStore>();
        services.TryAddSingleton<ListBlobStore>();
        services.TryAddSingleton<ListVersionStore>();
        services.TryAddSingleton<ListVersionReader>();
        services.TryAddSingleton<ListRetention>();
        services.TryAddSingleton<SourceLock>();
        services.TryAddSingleton<SourceStateStore>();
        services.TryAddSingleton<ListFetcher>();
        services.TryAddSingleton<ListIngestion>();
        services.TryAddSingleton<ListRefreshService>();
        services.TryAddSingleton<ListVersionActivation>();
        services.TryAddSingleton<InboxIngestor>();
        services.TryAddSingleton<ListCatalog>();
        services.TryAddSingleton<EntityLookup>();
        return services;
    }

    /// <summary>
    /// Serves an in-memory index built by <typeparamref name="TBuilder"/> from the active lists, kept
    /// current by <see cref="ActiveListsMonitor{TIndex}"/> (a hosted service; resolve it to read the index).
    /// </summary>
    public static IServiceCollection AddActiveListIndex<TIndex, TBuilder>(this IServiceCollection services)
        where TIndex : class
        where TBuilder : class, IActiveIndexBuilder<TIndex>
    {
        services.TryAddSingleton<IActiveIndexBuilder<TIndex>, TBuilder>();
        services.TryAddSingleton<ActiveListsMonitor<TIndex>>();
        services.AddHostedService(provider => provider.GetRequiredService<ActiveListsMonitor<TIndex>>());
        return services;
    }
}
