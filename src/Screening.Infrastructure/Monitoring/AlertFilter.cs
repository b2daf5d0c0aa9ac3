using Screening.Domain.Monitoring;

namespace Screening.Infrastructure.Monitoring;

/// <summary>Which alerts a listing returns; every part optional.</summary>
public sealed record AlertFilter(AlertStatus? Status, string? Source, DateTimeOffset? Since);
