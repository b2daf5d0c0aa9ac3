using Screening.Domain.Names;
using Screening.Domain.Tests.Names.Evaluation;

namespace Screening.Domain.Tests.Names;

/// <summary>One index over the whole 2021 SDN set, built once for the tests that need real neighbours around a name.</summary>
internal static class Sdn2021Index
{
    private static readonly Lazy<NameIndex> Cached = new(() => NameIndex.Build(Sdn2021.Entities));

    public static NameIndex Index => Cached.Value;
}
