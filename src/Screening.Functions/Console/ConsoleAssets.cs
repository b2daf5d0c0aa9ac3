using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Screening.Functions.Console;

/// <summary>
/// Serves the compliance console's page, scripts and styles from the app itself (same origin as the API, nothing
/// else to deploy). The files are public; everything they show comes from console/api/, which needs a sign-in.
/// </summary>
public sealed class ConsoleAssets(ConsoleAssetCatalog catalog)
{
    /// <summary>Only this origin's scripts, styles and API; Entra ID for the sign-in's token exchange; never framed.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; connect-src 'self' https://login.microsoftonline.com; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    [Function(nameof(ConsoleAssets))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "console/{*asset}")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path.Value ?? string.Empty;
        var at = path.IndexOf("/console", StringComparison.OrdinalIgnoreCase);
        var relative = at < 0 ? string.Empty : path[(at + "/console".Length)..];
        if (relative.Length == 0)
        {
            // Relative links in the page resolve against a folder: /api/console must be /api/console/.
            return new RedirectResult(path + "/" + request.QueryString, permanent: false);
        }

        var asset = catalog.Find(relative.TrimStart('/'));
        if (asset is null)
        {
            return new NotFoundResult();
        }

        var response = request.HttpContext.Response;
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-cache";
        response.Headers.ETag = asset.ETag;
        response.Headers.Vary = "Accept-Encoding";
        if (request.Headers.IfNoneMatch.ToString() == asset.ETag)
        {
            return new StatusCodeResult(StatusCodes.Status304NotModified);
        }

        if (request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            response.Headers.ContentEncoding = "gzip";
            return new FileContentResult(asset.Gzipped, asset.ContentType);
        }

        return new FileContentResult(asset.Content, asset.ContentType);
    }
}
