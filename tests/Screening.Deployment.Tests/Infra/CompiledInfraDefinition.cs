namespace Screening.Deployment.Tests.Infra;

/// <summary>Infra test classes share one compilation: the Bicep CLI takes seconds per run.</summary>
[CollectionDefinition(Name)]
public sealed class CompiledInfraDefinition : ICollectionFixture<CompiledInfra>
{
    public const string Name = "Compiled infra";
}
