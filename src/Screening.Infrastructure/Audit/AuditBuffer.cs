using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Screening.Infrastructure.Audit;

/// <summary>
/// The bounded in-process queue between the request path and the audit writer. Enqueueing never waits:
/// a full queue is reported to the caller, which must then refuse the screening (503) rather than lose its record.
/// </summary>
public sealed class AuditBuffer(IOptions<AuditOptions> options)
{
    private readonly Channel<AuditRecord> _channel = Channel.CreateBounded<AuditRecord>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
        SingleWriter = false,
    });

    private int _capacityLeft = options.Value.QueueCapacity;

    internal ChannelReader<AuditRecord> Reader => _channel.Reader;

    /// <summary>Records queued or being written, not yet confirmed stored.</summary>
    public int Pending => options.Value.QueueCapacity - Volatile.Read(ref _capacityLeft);

    /// <summary>Queues every record of one request, or none of them when they do not all fit.</summary>
    public bool TryEnqueue(IReadOnlyCollection<AuditRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        // Reserve room for the whole request first, so a batch is audited completely or refused completely.
        if (Interlocked.Add(ref _capacityLeft, -records.Count) < 0)
        {
            Interlocked.Add(ref _capacityLeft, records.Count);
            return false;
        }

        foreach (var record in records)
        {
            if (!_channel.Writer.TryWrite(record))
            {
                throw new InvalidOperationException("The audit queue refused a record after room was reserved for it.");
            }
        }

        return true;
    }

    internal void Released(int count) => Interlocked.Add(ref _capacityLeft, count);

    internal void Complete() => _channel.Writer.TryComplete();
}
