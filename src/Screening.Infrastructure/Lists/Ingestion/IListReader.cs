using Screening.Domain.Model;
using Screening.Domain.Sources;

namespace Screening.Infrastructure.Lists.Ingestion;

/// <summary>The domain's list parsers as the ingestion pipeline needs them (format detected by content).</summary>
public interface IListReader
{
    /// <summary>
    /// Parses the whole input or throws <see cref="ListParseException"/>. With <paramref name="expectedFormat"/>
    /// set, content in any other format is a parse failure too.
    /// </summary>
    ParsedList Read(ListInput input, ListFormat? expectedFormat, CancellationToken cancellationToken);

    /// <summary>The official source an unnamed file belongs to ("ofac-sdn", "ofac-cons", "un"), or null for a custom list.</summary>
    string? InferSource(ListInput input);
}
