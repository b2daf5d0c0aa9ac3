namespace Screening.Infrastructure.Lists.Active;

/// <summary>Builds the in-memory screening index from the active lists; called off the request path, once per change.</summary>
public interface IActiveIndexBuilder<out TIndex>
    where TIndex : class
{
    TIndex Build(ActiveListSet lists);
}
