using System.Net.Sockets;
using Azure;
using Screening.Infrastructure.Storage;

namespace Screening.Infrastructure.Tests.Storage;

public sealed class StorageOutageTests
{
    public static TheoryData<Exception, bool> Failures => new()
    {
        // The SDK's message when Azurite or the account endpoint is gone: no HTTP status at all.
        { new RequestFailedException("Connection refused (127.0.0.1:10002)", new HttpRequestException("Connection refused")), true },
        { new RequestFailedException(503, "Server Busy"), true },
        { new RequestFailedException(500, "Operation could not be completed within the specified time."), true },
        { new RequestFailedException(408, "Request timeout"), true },
        { new RequestFailedException(429, "Too many requests"), true },
        { new AggregateException(new RequestFailedException("refused"), new RequestFailedException("refused")), true },
        { new HttpRequestException("Connection reset"), true },
        { new SocketException((int)SocketError.ConnectionRefused), true },
        // Answers about the request itself are bugs or conflicts to handle, not outages.
        { new RequestFailedException(404, "The table specified does not exist."), false },
        { new RequestFailedException(409, "The specified entity already exists."), false },
        { new RequestFailedException(412, "The condition specified using HTTP conditional header(s) is not met."), false },
        { new AggregateException(new RequestFailedException("refused"), new InvalidOperationException("bug")), false },
        { new AggregateException(), false },
        { new InvalidOperationException("bug"), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Tells_an_outage_from_a_failed_request(Exception failure, bool outage) =>
        Assert.Equal(outage, StorageOutage.Is(failure));
}
