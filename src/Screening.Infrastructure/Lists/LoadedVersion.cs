using Screening.Domain.Model;

namespace Screening.Infrastructure.Lists;

/// <summary>A version read back in full, and whether it came from the snapshot or, as a fallback, the rows.</summary>
public sealed record LoadedVersion(ListVersionRecord Record, ParsedList List, bool FromSnapshot);
