using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Screening.Infrastructure.Lists.Refresh;

/// <summary>
/// Downloads a published list with a conditional GET (If-None-Match / If-Modified-Since), retrying
/// network failures, timeouts, truncated bodies and 5xx/408/429 answers with exponential backoff;
/// each attempt (headers and whole body) has its own timeout. file:// addresses are read directly,
/// "not modified" when the file's write time is the remembered one. A source published under a new file
/// name each time is fetched in two steps: its list page, then the file the page links.
/// </summary>
public sealed class ListFetcher
{
    public const string HttpClientName = "Screening.Lists";

    private readonly IHttpClientFactory _httpClients;
    private readonly ResiliencePipeline _pipeline;

    public ListFetcher(IHttpClientFactory httpClients, IOptions<ListsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _httpClients = httpClients;
        var download = options.Value.Download;
        var builder = new ResiliencePipelineBuilder();
        if (download.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = download.MaxRetries,
                Delay = download.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder().Handle<HttpRequestException>().Handle<IOException>().Handle<TimeoutRejectedException>(),
            });
        }

        _pipeline = builder.AddTimeout(download.AttemptTimeout).Build();
    }

    /// <summary>
    /// The file of the first link on <paramref name="page"/> matching <paramref name="linkPattern"/>, with a conditional GET.
    /// Only the ETag is sent: it belongs to one file, whereas a new file under a new name may carry an older
    /// Last-Modified date than the one remembered and would be wrongly answered "not modified".
    /// </summary>
    public async Task<FetchResult> FetchLinkedAsync(Uri page, string linkPattern, string? etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentException.ThrowIfNullOrEmpty(linkPattern);
        var html = page.IsFile
            ? await ReadPageFileAsync(page, cancellationToken).ConfigureAwait(false)
            : await _pipeline.ExecuteAsync(async token => await DownloadPageAsync(page, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var file = PublishedLink.Find(html, page, linkPattern);
        return await FetchAsync(file, etag, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<FetchResult> FetchAsync(Uri url, string? etag, DateTimeOffset? lastModified, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var fileName = Path.GetFileName(url.LocalPath) is { Length: > 0 } name ? name : "list";
        if (url.IsFile)
        {
            return await ReadFileAsync(url, fileName, lastModified, cancellationToken).ConfigureAwait(false);
        }

        return await _pipeline.ExecuteAsync(async token => await DownloadAsync(url, fileName, etag, lastModified, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    private async Task<FetchResult> DownloadAsync(Uri url, string fileName, string? etag, DateTimeOffset? lastModified, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (etag is not null && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (lastModified is not null)
        {
            request.Headers.IfModifiedSince = lastModified;
        }

        var client = _httpClients.CreateClient(HttpClientName);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult(true, null, fileName, etag, lastModified);
        }

        var status = (int)response.StatusCode;
        if (status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
        {
            throw new HttpRequestException($"{url} answered {status} {response.ReasonPhrase}.", null, response.StatusCode);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new ListDownloadException($"{url} answered {status} {response.ReasonPhrase}.");
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (response.Content.Headers.ContentLength is long expected && expected != body.Length)
        {
            throw new IOException($"{url} sent {body.Length:N0} of {expected:N0} bytes.");
        }

        var disposition = response.Content.Headers.ContentDisposition;
        var servedName = disposition?.FileNameStar ?? disposition?.FileName?.Trim('"');
        return new FetchResult(
            false,
            BinaryData.FromBytes(body),
            string.IsNullOrWhiteSpace(servedName) ? fileName : servedName,
            response.Headers.ETag?.ToString(),
            response.Content.Headers.LastModified);
    }

    private async Task<string> DownloadPageAsync(Uri page, CancellationToken cancellationToken)
    {
        var client = _httpClients.CreateClient(HttpClientName);
        using var response = await client.GetAsync(page, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
        {
            throw new HttpRequestException($"{page} answered {status} {response.ReasonPhrase}.", null, response.StatusCode);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new ListDownloadException($"{page} answered {status} {response.ReasonPhrase}.");
        }

        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<string> ReadPageFileAsync(Uri page, CancellationToken cancellationToken)
    {
        if (!File.Exists(page.LocalPath))
        {
            throw new ListDownloadException($"The list page {page.LocalPath} does not exist.");
        }

        return await File.ReadAllTextAsync(page.LocalPath, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<FetchResult> ReadFileAsync(Uri url, string fileName, DateTimeOffset? lastModified, CancellationToken cancellationToken)
    {
        var path = url.LocalPath;
        if (!File.Exists(path))
        {
            throw new ListDownloadException($"The list file {path} does not exist.");
        }

        var written = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
        if (lastModified == written)
        {
            return new FetchResult(true, null, fileName, null, lastModified);
        }

        var content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return new FetchResult(false, BinaryData.FromBytes(content), fileName, null, written);
    }
}
