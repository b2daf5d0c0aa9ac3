using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace Screening.Testing;

/// <summary>
/// A Table Storage client against a real Azurite that runs a test's callback before each request it sends, so a test
/// can count requests or let another writer act between a read and the write that follows it.
/// </summary>
public sealed class TableRequestHook(Func<HttpMessage, Task> beforeSend) : HttpPipelinePolicy
{
    public static TableServiceClient Client(string connectionString, Func<HttpMessage, Task> beforeSend)
    {
        var options = new TableClientOptions();
        options.AddPolicy(new TableRequestHook(beforeSend), HttpPipelinePosition.PerCall);
        return new TableServiceClient(connectionString, options);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        beforeSend(message).GetAwaiter().GetResult();
        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await beforeSend(message);
        await ProcessNextAsync(message, pipeline);
    }
}
