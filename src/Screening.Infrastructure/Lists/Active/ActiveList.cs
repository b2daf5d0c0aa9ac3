using Screening.Domain.Model;

namespace Screening.Infrastructure.Lists.Active;

/// <summary>One source's active version, loaded in full.</summary>
public sealed record ActiveList(ListVersionInfo Version, ParsedList List);
