using Screening.Infrastructure.Audit;

namespace Screening.Infrastructure.Tests.Audit;

/// <summary>Builds audit records for tests: a name screening of a real SDN name unless told otherwise.</summary>
internal sealed class AuditRecordBuilder
{
    private string _requestId = Guid.NewGuid().ToString("n");
    private DateTimeOffset _at = DateTimeOffset.UtcNow;

    public AuditRecordBuilder ForRequest(string requestId)
    {
        _requestId = requestId;
        return this;
    }

    public AuditRecordBuilder At(DateTimeOffset at)
    {
        _at = at;
        return this;
    }

    public AuditRecord Item(int index) => new(
        _requestId, index, $"c-{index}", _at, "fintech-app", "name", "Lazarus Group", "lazarus group",
        "ofac-sdn@20240503T000000Z", "names-1", "match",
        [new AuditedMatch("ofac-sdn:23254", "LAZARUS GROUP", 1.0, "name", "LAZARUS GROUP")]);

    public IReadOnlyList<AuditRecord> Items(int count) => [.. Enumerable.Range(0, count).Select(Item)];
}
