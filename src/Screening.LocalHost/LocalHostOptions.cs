namespace Screening.LocalHost;

/// <summary>Settings of the local host itself (section <c>LocalHost</c>), not of the function app.</summary>
public sealed class LocalHostOptions
{
    public const string SectionName = "LocalHost";

    /// <summary>Folder holding functions.metadata, host.json and the function assembly; defaults to LocalHost's own folder.</summary>
    public string? FunctionAppPath { get; set; }

    public string Urls { get; set; } = "http://localhost:7071";

    /// <summary>When true, function- and admin-level routes need a key, as in Azure. Off by default, as with Core Tools.</summary>
    public bool RequireKeys { get; set; }

    /// <summary>The master key (admin level, also accepted on function-level routes).</summary>
    public string? MasterKey { get; set; }

    /// <summary>Named function keys: name → value. The name is what the app sees as the caller.</summary>
    public Dictionary<string, string> FunctionKeys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How often blob-triggered functions' containers are listed for new or changed blobs.</summary>
    public TimeSpan BlobPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a queue-triggered function's empty queue waits before it is polled again.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a received queue message stays hidden; renewed every third of it while the function runs, as the
    /// Functions host renews its lease. Short, so the messages of a killed process are seen again soon after a restart.
    /// </summary>
    public TimeSpan QueueMessageLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>When false, timer triggers never fire (for tests that drive the app over HTTP only).</summary>
    public bool TimersEnabled { get; set; } = true;
}
