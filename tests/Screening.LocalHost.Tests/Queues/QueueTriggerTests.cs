using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Queues;

namespace Screening.LocalHost.Tests.Queues;

public sealed class QueueTriggerTests(TestAppHostFixture host) : IClassFixture<TestAppHostFixture>
{
    private QueueClient Queue(string name) =>
        new(host.Storage!.ConnectionString, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    [Fact]
    public async Task Each_message_fires_the_function_once_and_is_deleted()
    {
        var queue = Queue("test-work");
        await queue.CreateIfNotExistsAsync();
        var bodies = Enumerable.Range(0, 20).Select(i => $"work-{Guid.NewGuid():n}-{i}").ToList();
        foreach (var body in bodies)
        {
            await queue.SendMessageAsync(body);
        }

        var seen = await WaitForMessagesAsync(m => bodies.All(m.Contains));
        Assert.All(bodies, b => Assert.Equal(1, seen.Count(m => m == b)));
        Assert.Equal(0, await CountAsync(queue));
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_retried_then_moved_to_the_poison_queue()
    {
        var queue = Queue("test-work");
        await queue.CreateIfNotExistsAsync();
        var body = $"fail-{Guid.NewGuid():n}";
        await queue.SendMessageAsync(body);

        // host.json of the test app: maxDequeueCount 3, so three attempts, then the poison queue.
        var seen = await WaitForMessagesAsync(m => m.Count(x => x == body) >= 3);
        Assert.Equal(3, seen.Count(m => m == body));
        var poison = Queue("test-work-poison");
        var poisoned = await WaitForAsync(async () => (await poison.PeekMessagesAsync(32)).Value.Any(m => m.Body.ToString() == body));
        Assert.True(poisoned, "the message did not reach test-work-poison");
        await Task.Delay(500);
        Assert.Equal(3, (await MessagesAsync()).Count(m => m == body));
    }

    private static async Task<int> CountAsync(QueueClient queue)
    {
        var properties = await queue.GetPropertiesAsync();
        return properties.Value.ApproximateMessagesCount;
    }

    private async Task<List<string>> MessagesAsync()
    {
        using var client = host.CreateClient(TestAppHostFixture.MasterKey);
        var body = await client.GetFromJsonAsync<JsonElement>("admin/invocations");
        return [.. body.GetProperty("messages").EnumerateArray().Select(m => m.GetString()!)];
    }

    private async Task<List<string>> WaitForMessagesAsync(Func<List<string>, bool> done)
    {
        List<string> seen = [];
        Assert.True(await WaitForAsync(async () => done(seen = await MessagesAsync())), $"the queue trigger did not fire as expected; saw: {string.Join(", ", seen)}");
        return seen;
    }

    private static async Task<bool> WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
