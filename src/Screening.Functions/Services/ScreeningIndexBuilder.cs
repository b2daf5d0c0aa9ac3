using Screening.Domain.Names;
using Screening.Domain.Screening;
using Screening.Infrastructure.Lists.Active;

namespace Screening.Functions.Services;

/// <summary>Builds the screening index from every active list version; the monitor calls it off the request path.</summary>
public sealed class ScreeningIndexBuilder(NameMatchingOptions nameOptions) : IActiveIndexBuilder<ScreeningIndex>
{
    public ScreeningIndex Build(ActiveListSet lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        return ScreeningIndex.Build(lists.Lists.SelectMany(list => list.List.Entities), nameOptions);
    }
}
