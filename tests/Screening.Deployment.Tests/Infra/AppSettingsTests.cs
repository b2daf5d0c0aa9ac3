using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Screening.Deployment.Tests.Tools;

namespace Screening.Deployment.Tests.Infra;

/// <summary>The function app's settings against infra/app-settings.names.json, the one list of names the code reads.</summary>
[Collection(CompiledInfraDefinition.Name)]
public sealed partial class AppSettingsTests(CompiledInfra infra)
{
    public static TheoryData<string> RequiredNames => [.. ReadRequiredNames()];

    private Dictionary<string, string> Settings
    {
        get
        {
            var site = Assert.Single(infra.Main.AllDeployedResources("Microsoft.Web/sites"));
            var settings = site.Properties?["siteConfig"]?["appSettings"] as JsonArray ?? [];
            return settings.ToDictionary(
                s => s?["name"]?.GetValue<string>() ?? "",
                s => s?["value"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : s?["value"]?.ToJsonString() ?? "",
                StringComparer.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(RequiredNames))]
    public void Sets_every_name_the_code_reads(string name) =>
        Assert.True(Settings.ContainsKey(name), $"The function app does not set '{name}'. It sets: {string.Join(", ", Settings.Keys)}");

    [Fact]
    public void Sets_nothing_the_names_file_does_not_list() =>
        Assert.Empty(Settings.Keys.Except(ReadRequiredNames(), StringComparer.Ordinal));

    [Fact]
    public void Uses_only_characters_App_Service_accepts_in_setting_names()
    {
        // App Service: "App setting names can contain only letters, numbers (0-9), periods (.), and underscores (_)."
        Assert.All(ReadRequiredNames(), name => Assert.Matches(SettingName(), name));
        Assert.All(Settings.Keys, name => Assert.Matches(SettingName(), name));
    }

    [Fact]
    public void Reaches_the_host_storage_by_managed_identity()
    {
        var settings = Settings;

        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.Contains("outputs.clientId.value", settings["AzureWebJobsStorage__clientId"], StringComparison.Ordinal);
        Assert.Contains("primaryEndpoints.blob", settings["AzureWebJobsStorage__blobServiceUri"], StringComparison.Ordinal);
        Assert.Contains("primaryEndpoints.queue", settings["AzureWebJobsStorage__queueServiceUri"], StringComparison.Ordinal);
        Assert.Contains("primaryEndpoints.table", settings["AzureWebJobsStorage__tableServiceUri"], StringComparison.Ordinal);
        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
    }

    [Fact]
    public void Reaches_the_app_data_by_the_same_identity()
    {
        var settings = Settings;

        Assert.Equal("managedidentity", settings["Storage__credential"]);
        Assert.Equal(settings["AzureWebJobsStorage__clientId"], settings["Storage__clientId"]);
        Assert.Equal(settings["AzureWebJobsStorage__blobServiceUri"], settings["Storage__blobServiceUri"]);
        Assert.Equal(settings["AzureWebJobsStorage__tableServiceUri"], settings["Storage__tableServiceUri"]);
        Assert.Equal(settings["AzureWebJobsStorage__queueServiceUri"], settings["Storage__queueServiceUri"]);
    }

    [Fact]
    public void Publishes_alerts_to_the_alert_topic_as_the_app_identity()
    {
        var settings = Settings;

        Assert.Equal(settings["Storage__clientId"], settings["Monitoring__Events__ClientId"]);
        Assert.Contains("'alert-topic'", settings["Monitoring__Events__TopicEndpoint"], StringComparison.Ordinal);
        Assert.EndsWith(".outputs.endpoint.value]", settings["Monitoring__Events__TopicEndpoint"], StringComparison.Ordinal);
    }

    [Fact]
    public void Sends_telemetry_with_Entra_ID_authentication()
    {
        var settings = Settings;

        Assert.Contains("outputs.connectionString.value", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"], StringComparison.Ordinal);
        Assert.Equal("[format('ClientId={0};Authorization=AAD', parameters('identityClientId'))]", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        Assert.EndsWith(".outputs.clientId.value]", infra.Main.Module("api").Parameter("identityClientId")?.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Holds_no_key_or_connection_string_to_storage()
    {
        Assert.All(Settings, setting =>
        {
            Assert.DoesNotContain("AccountKey", setting.Value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("DefaultEndpointsProtocol", setting.Value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("listKeys", setting.Value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SharedAccessSignature", setting.Value, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void Leaves_out_the_settings_Flex_Consumption_rejects()
    {
        string[] rejected = ["FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_RUN_FROM_PACKAGE", "WEBSITE_CONTENTSHARE", "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING"];

        Assert.Empty(Settings.Keys.Intersect(rejected, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void Defaults_the_list_refresh_to_the_documented_values()
    {
        var api = infra.Main.Module("api");

        Assert.Equal("0 0 * * * *", api.Parameter("listRefreshSchedule")?.GetValue<string>());
        Assert.Equal("2.00:00:00", api.Parameter("listMaxAge")?.GetValue<string>());
        Assert.Equal("0.10", api.Parameter("listShrinkThreshold")?.GetValue<string>());
    }

    [Theory]
    [InlineData("ofacSdn", "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.XML", "OfacLegacyXml")]
    [InlineData("ofacCons", "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONSOLIDATED.XML", "OfacLegacyXml")]
    [InlineData("un", "https://scsanctions.un.org/resources/xml/en/consolidated.xml", "UnConsolidatedXml")]
    public void Defaults_each_published_list_to_its_official_address_and_format(string source, string url, string format)
    {
        var configured = infra.Main.Module("api").Parameter("listSources")?[source];

        Assert.Equal(url, configured?["url"]?.GetValue<string>());
        Assert.Equal(format, configured?["format"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("ofacSdnFormat")]
    [InlineData("ofacConsFormat")]
    [InlineData("unFormat")]
    public void Offers_exactly_the_list_formats_the_domain_parses(string parameter)
    {
        var allowed = infra.Main.Template["parameters"]?[parameter]?["allowedValues"]?.AsArray().Select(v => v?.GetValue<string>()).Order(StringComparer.Ordinal);

        Assert.Equal(Enum.GetNames<Domain.Model.ListFormat>().Order(StringComparer.Ordinal), allowed);
    }

    [Fact]
    public void Never_lists_keys_anywhere_in_the_main_deployment()
    {
        var compiled = File.ReadAllText(infra.CompiledPath("main.bicep"));

        Assert.DoesNotContain("listKeys(", compiled, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", compiled, StringComparison.Ordinal);
    }

    private static List<string> ReadRequiredNames() =>
        [.. (JsonNode.Parse(RepositoryFiles.Read("infra", "app-settings.names.json")) as JsonArray ?? throw new InvalidDataException("infra/app-settings.names.json must be a JSON array."))
            .Select(n => n?.GetValue<string>() ?? throw new InvalidDataException("infra/app-settings.names.json holds a non-string entry."))];

    [GeneratedRegex("^[A-Za-z0-9._]+$")]
    private static partial Regex SettingName();
}
