namespace Screening.Infrastructure.Tests.Support;

/// <summary>List store tests share one in-memory Azurite and keep apart by unique source names.</summary>
[CollectionDefinition(Name)]
public sealed class SharedAzurite : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "List store Azurite";
}
