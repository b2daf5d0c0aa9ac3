using Screening.Domain.Model;

namespace Screening.Domain.Sources;

/// <summary>One published list format. Adding a format is one folder with one of these, plus its registration.</summary>
public interface IListParser
{
    ListFormat Format { get; }

    /// <summary>True when the input's content (not its file name alone) is in this format.</summary>
    bool Recognizes(ListInput input);

    /// <summary>Parses the whole input or throws <see cref="ListParseException"/>; never a partial result.</summary>
    ParsedList Parse(ListInput input, CancellationToken cancellationToken = default);
}
