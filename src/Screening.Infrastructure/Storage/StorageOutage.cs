using System.Net.Sockets;
using Azure;

namespace Screening.Infrastructure.Storage;

/// <summary>
/// Tells a storage outage (the account or emulator cannot be reached, or answers with a server error after the
/// SDK's own retries) from a request the service got wrong. Callers answer an outage with 503 and Retry-After,
/// because the same call will work once storage is back; anything else stays a bug to look at.
/// </summary>
public static class StorageOutage
{
    public static bool Is(Exception exception) => exception switch
    {
        // Status 0: no HTTP answer at all (connection refused, reset, DNS, TLS) once the SDK gave up retrying.
        RequestFailedException failed => failed.Status == 0 || failed.Status >= 500 || failed.Status is 408 or 429,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(Is),
        HttpRequestException or SocketException => true,
        _ => false,
    };
}
