using System.Globalization;
using System.Reflection;

namespace Screening.LocalHost.Invocation;

/// <summary>
/// The values one invocation can offer a function method: values by type (HttpRequest, TimerInfo,
/// CancellationToken) and by parameter name (route values, blob path tokens, the trigger itself).
/// </summary>
public sealed class InvocationArguments
{
    private readonly Dictionary<Type, object> _byType = [];
    private readonly Dictionary<string, object?> _byName = new(StringComparer.OrdinalIgnoreCase);

    public InvocationArguments Add<T>(T value)
        where T : notnull
    {
        _byType[typeof(T)] = value;
        return this;
    }

    public InvocationArguments AddNamed(string name, object? value)
    {
        _byName[name] = value;
        return this;
    }

    public object?[] For(MethodInfo method) => [.. method.GetParameters().Select(Resolve)];

    private object? Resolve(ParameterInfo parameter)
    {
        if (parameter.Name is { } name && _byName.TryGetValue(name, out var named))
        {
            return Convert(named, parameter.ParameterType);
        }

        foreach (var (type, value) in _byType)
        {
            if (parameter.ParameterType.IsAssignableFrom(type))
            {
                return value;
            }
        }

        if (parameter.HasDefaultValue)
        {
            return parameter.DefaultValue;
        }

        // An optional route segment that was not given ({label?}) binds as null, as in the worker.
        return !parameter.ParameterType.IsValueType || Nullable.GetUnderlyingType(parameter.ParameterType) is not null
            ? null
            : throw new InvalidOperationException($"No value for parameter '{parameter.Name}' ({parameter.ParameterType.Name}).");
    }

    private static object? Convert(object? value, Type target)
    {
        if (value is null || target.IsInstanceOfType(value))
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
    }
}
