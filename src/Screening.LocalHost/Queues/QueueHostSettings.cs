namespace Screening.LocalHost.Queues;

/// <summary>
/// The <c>extensions.queues</c> settings of host.json that LocalHost honours, with the Functions host's defaults:
/// messages fetched 16 at a time, a failing message retried after <see cref="VisibilityTimeout"/> and moved to
/// <c>{queue}-poison</c> after <see cref="MaxDequeueCount"/> attempts, message bodies Base64.
/// </summary>
public sealed record QueueHostSettings(int BatchSize = 16, int MaxDequeueCount = 5, TimeSpan VisibilityTimeout = default, bool Base64 = true);
