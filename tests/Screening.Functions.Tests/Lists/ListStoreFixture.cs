using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Screening.Infrastructure;
using Screening.Infrastructure.Lists.Inbox;
using Screening.Testing;

namespace Screening.Functions.Tests.Lists;

/// <summary>The list store on a real Azurite, shared by the list function tests; each test uploads its own custom list.</summary>
public sealed class ListStoreFixture : IAsyncLifetime
{
    private AzuriteServer? _storage;

    public ServiceProvider Services { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _storage = await AzuriteServer.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = _storage.ConnectionString,
            ["Lists:LeaseDuration"] = "00:00:15",
            ["Lists:EntityShards"] = "2",
        }).Build();
        Services = new ServiceCollection().AddLogging().AddScreeningInfrastructure(configuration).BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        if (Services is not null)
        {
            await Services.DisposeAsync();
        }

        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }
    }

    /// <summary>Uploads a custom list as compliance staff do; returns its version id.</summary>
    public async Task<string> UploadAsync(string name, params string[] names)
    {
        var csv = new StringBuilder("id,type,name\n");
        for (var i = 0; i < names.Length; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1},individual,{names[i]}\n");
        }

        var result = await Services.GetRequiredService<InboxIngestor>().IngestAsync(name + ".csv", BinaryData.FromString(csv.ToString()), CancellationToken.None);
        return result.Result!.VersionId!;
    }

    /// <summary>A request as the host hands it to a function: path, optional JSON body, optional query.</summary>
    public static HttpRequest Request(string path, string? body = null, string? query = null, string contentType = "application/json")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = body is null ? "GET" : "POST";
        context.Request.Path = path;
        if (query is not null)
        {
            context.Request.QueryString = new QueryString(query);
        }

        if (body is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Request.Body = new MemoryStream(bytes);
            context.Request.ContentLength = bytes.Length;
            context.Request.ContentType = contentType;
        }

        return context.Request;
    }

    /// <summary>Executes the result as the host would and returns the status and the JSON written.</summary>
    public static async Task<(int Status, JsonElement Body)> ExecuteAsync(IActionResult result, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(result);
        var context = request.HttpContext;
        context.Response.Body = new MemoryStream();
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, (await JsonDocument.ParseAsync(context.Response.Body)).RootElement);
    }
}
