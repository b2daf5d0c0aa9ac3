using Screening.Domain.Model;
using Screening.Domain.Sources;

namespace Screening.Infrastructure.Lists.Ingestion;

/// <summary>The domain parsers behind <see cref="IListReader"/>.</summary>
public sealed class DomainListReader : IListReader
{
    public ParsedList Read(ListInput input, ListFormat? expectedFormat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return expectedFormat is { } format ? ListReader.Read(input, format, cancellationToken) : ListReader.Read(input, cancellationToken);
    }

    /// <summary>
    /// The official source of an official format only: a custom CSV named "sdn-watch.csv" must not
    /// be taken for the OFAC SDN list because of its file name.
    /// </summary>
    public string? InferSource(ListInput input) =>
        ListReader.Detect(input) is { } format && format != ListFormat.CustomCsv ? ListSourceInference.Infer(input) : null;
}
