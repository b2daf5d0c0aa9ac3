using System.Collections.Concurrent;

namespace Screening.LocalHost.TestApp;

/// <summary>What the test app's triggers saw, so tests can observe that LocalHost fired them.</summary>
public sealed class InvocationLog
{
    public ConcurrentQueue<string> Ticks { get; } = new();
    public ConcurrentQueue<(string Name, string Content)> Blobs { get; } = new();
    public ConcurrentQueue<string> Messages { get; } = new();
}
