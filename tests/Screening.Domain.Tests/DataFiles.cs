namespace Screening.Domain.Tests;

/// <summary>Paths of the real published list files in ../shared/data.</summary>
internal static class DataFiles
{
    public static string Root { get; } = System.Reflection.Assembly.GetExecutingAssembly()
        .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>()
        .Single(a => a.Key == "SharedDataDirectory").Value!;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}
