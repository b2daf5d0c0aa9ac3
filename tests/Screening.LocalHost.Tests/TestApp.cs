using System.Reflection;

namespace Screening.LocalHost.Tests;

/// <summary>The build output of Screening.LocalHost.TestApp: a function app with one trigger of each kind.</summary>
internal static class TestApp
{
    public static string Directory { get; } = typeof(TestApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TestAppDirectory").Value!;
}
