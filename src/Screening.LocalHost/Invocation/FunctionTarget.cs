using System.Reflection;
using Screening.LocalHost.Metadata;

namespace Screening.LocalHost.Invocation;

/// <summary>A function from the metadata, resolved to the real class and method in the function app's assembly.</summary>
public sealed record FunctionTarget(FunctionDefinition Definition, Type Type, MethodInfo Method)
{
    public string Name => Definition.Name;

    public static FunctionTarget Resolve(FunctionDefinition definition, string functionAppDirectory)
    {
        var assembly = LoadAssembly(Path.Combine(functionAppDirectory, definition.ScriptFile));
        var split = definition.EntryPoint.LastIndexOf('.');
        if (split <= 0)
        {
            throw new InvalidOperationException($"Function '{definition.Name}': entry point '{definition.EntryPoint}' is not 'Type.Method'.");
        }

        var typeName = definition.EntryPoint[..split];
        var methodName = definition.EntryPoint[(split + 1)..];
        var type = assembly.GetType(typeName, throwOnError: false)
            ?? throw new InvalidOperationException($"Function '{definition.Name}': type '{typeName}' is not in {assembly.GetName().Name}.");
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Where(m => m.Name == methodName).ToList();
        return methods.Count == 1
            ? new FunctionTarget(definition, type, methods[0])
            : throw new InvalidOperationException($"Function '{definition.Name}': expected one public method '{methodName}' on {typeName}, found {methods.Count}.");
    }

    private static Assembly LoadAssembly(string path)
    {
        var name = AssemblyName.GetAssemblyName(path);
        // The app assembly is usually already loaded (LocalHost references it); loading it twice would split its types.
        return AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), name))
            ?? Assembly.LoadFrom(path);
    }
}
