using Screening.Domain.Model;

namespace Screening.Infrastructure.Lists;

/// <summary>The official publications refreshed when configuration names no other address for them.</summary>
public static class DefaultListSources
{
    public const string OfacSdn = "ofac-sdn";
    public const string OfacConsolidated = "ofac-cons";
    public const string UnitedNations = "un";
    public const string JapanMof = "jp-mof";
    public const string EuFsf = "eu-fsf";

    public static IReadOnlyDictionary<string, ListSourceOptions> All { get; } = new Dictionary<string, ListSourceOptions>(StringComparer.OrdinalIgnoreCase)
    {
        [OfacSdn] = new() { Url = new Uri("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.XML"), Format = ListFormat.OfacLegacyXml },
        [OfacConsolidated] = new() { Url = new Uri("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONSOLIDATED.XML"), Format = ListFormat.OfacLegacyXml },
        [UnitedNations] = new() { Url = new Uri("https://scsanctions.un.org/resources/xml/en/consolidated.xml"), Format = ListFormat.UnConsolidatedXml },
        [JapanMof] = new()
        {
            Url = new Uri("https://www.mof.go.jp/policy/international_policy/gaitame_kawase/gaitame/economic_sanctions/list.html"),
            Format = ListFormat.MofExcel,
            LinkPattern = @"shisantouketsu\d*\.xlsx$",
        },

        // The EU's public token for the full FSF XML, as its download page links it.
        [EuFsf] = new() { Url = new Uri("https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw"), Format = ListFormat.EuFsfXml },
    };

    /// <summary>Configured sources over the defaults: a configured name replaces the default's missing fields only.</summary>
    public static IReadOnlyDictionary<string, ListSourceOptions> Merge(IReadOnlyDictionary<string, ListSourceOptions> configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var merged = new Dictionary<string, ListSourceOptions>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, defaults) in All)
        {
            merged[name] = defaults;
        }

        foreach (var (configuredName, options) in configured)
        {
            var name = SourceName(configuredName);
            var fallback = merged.GetValueOrDefault(name);
            merged[name] = new ListSourceOptions
            {
                Url = options.Url ?? fallback?.Url,
                Format = options.Format ?? fallback?.Format,
                Enabled = options.Enabled,
                // A configured address of its own is taken as the file itself unless a pattern is configured with it.
                LinkPattern = options.LinkPattern ?? (options.Url is null ? fallback?.LinkPattern : null),
            };
        }

        return merged;
    }

    /// <summary>
    /// App Service setting names allow only letters, digits, '.' and '_', so <c>Lists__Sources__ofac_sdn__Url</c>
    /// configures the source <c>ofac-sdn</c>: underscores in a configured source name stand for hyphens.
    /// </summary>
    public static string SourceName(string configuredName)
    {
        ArgumentNullException.ThrowIfNull(configuredName);
        return configuredName.Replace('_', '-');
    }
}
