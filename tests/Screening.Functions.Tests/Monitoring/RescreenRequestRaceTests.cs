using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Screening.Domain.Names;
using Screening.Functions.Http;
using Screening.Functions.Services.Monitoring;
using Screening.Functions.Tests.Services;
using Screening.Infrastructure.Lists;
using Screening.Infrastructure.Monitoring;
using Screening.Infrastructure.Storage;

namespace Screening.Functions.Tests.Monitoring;

/// <summary>
/// An admin's re-screen request that loses the race for the plan row to another instance is answered with what
/// happened: the winning plan when it re-screens everyone against the same lists, else a conflict naming it; never a
/// 503 that says this instance cannot screen when it can.
/// </summary>
public sealed class RescreenRequestRaceTests(MonitoringFixture monitoring) : IClassFixture<MonitoringFixture>
{
    [Fact]
    public async Task Losing_the_race_to_another_instance_re_screening_everyone_answers_its_plan()
    {
        var outcome = await RequestWhileAnotherInstancePlansAsync(everyone: true);

        Assert.Null(outcome.Problem);
        var (winner, _) = await monitoring.Plans.GetCurrentAsync(default);
        Assert.Equal((winner!.Key, "another admin"), (outcome.Value!.Plan, outcome.Value.Reason));
    }

    [Fact]
    public async Task Losing_the_race_to_another_instance_planning_only_a_delta_answers_409_naming_its_plan()
    {
        var outcome = await RequestWhileAnotherInstancePlansAsync(everyone: false);

        var (winner, _) = await monitoring.Plans.GetCurrentAsync(default);
        Assert.Equal((409, ProblemCodes.RescreenConflict), (outcome.Problem!.Status, outcome.Problem.Code));
        Assert.Contains(winner!.Key, outcome.Problem.Detail, StringComparison.Ordinal);
    }

    /// <summary>
    /// An admin request on an instance whose read of the active pointers (between reading the plan row and claiming it)
    /// lets another instance plan first: the race, made deterministic.
    /// </summary>
    private async Task<Screening.Functions.Services.ServiceOutcome<Contracts.RescreenView>> RequestWhileAnotherInstancePlansAsync(bool everyone)
    {
        monitoring.Index.Publish(RealIndex.State);
        foreach (var list in RealIndex.State.Lists)
        {
            var existing = (await monitoring.Pointers.GetPointersAsync(default)).GetValueOrDefault(list.Source);
            await monitoring.Pointers.ActivateAsync(list.Source, list.Version, existing, DateTimeOffset.UtcNow, default);
        }

        var listsKey = ListsKey.Of(RealIndex.State, NameMatchingOptions.Default);
        var otherInstance = new OnceBeforeSending(async () =>
        {
            var (_, etag) = await monitoring.Plans.GetCurrentAsync(default);
            var now = DateTimeOffset.UtcNow;
            var plan = new RescreenPlan($"plan-of-another-instance-{Guid.NewGuid():n}", listsKey, ListsKey.Versions(RealIndex.State), everyone ? "another admin" : "lists changed", true, now, everyone, now);
            Assert.True(await monitoring.Plans.TrySetCurrentAsync(plan, etag, default));
        });
        var tableOptions = new TableClientOptions();
        tableOptions.AddPolicy(otherInstance, HttpPipelinePosition.PerCall);
        var racingPointers = new ListVersionStore(new ListStorage(new TableServiceClient(monitoring.ConnectionString, tableOptions), new BlobServiceClient(monitoring.ConnectionString)));
        var queues = new QueueServiceClient(monitoring.ConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var planner = new RescreenPlanner(monitoring.Index, racingPointers, monitoring.Plans, new RescreenDispatcher(queues), NameMatchingOptions.Default,
            Options.Create(new MonitoringOptions()), TimeProvider.System, NullLogger<RescreenPlanner>.Instance);

        var outcome = await new RescreenStatusService(monitoring.Plans, planner).RequestAsync("suspected missed hits", "admin-1", default);
        Assert.True(otherInstance.Fired);
        return outcome;
    }

    /// <summary>Runs an action once, before the first request of the client it is added to is sent.</summary>
    private sealed class OnceBeforeSending(Func<Task> action) : HttpPipelinePolicy
    {
        private int _fired;

        public bool Fired => Volatile.Read(ref _fired) == 1;

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("The planner reads asynchronously.");

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            if (Interlocked.Exchange(ref _fired, 1) == 0)
            {
                await action();
            }

            await ProcessNextAsync(message, pipeline);
        }
    }
}
