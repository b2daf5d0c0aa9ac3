namespace Screening.Console.Tests;

/// <summary>Every console test shares one app and browser and runs one after the other: they change the same lists.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleTestGroup : ICollectionFixture<ConsoleAppFixture>
{
    public const string Name = "console";
}
