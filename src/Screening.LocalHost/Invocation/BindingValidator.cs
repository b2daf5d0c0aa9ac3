using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using Screening.LocalHost.Blobs;
using Screening.LocalHost.Queues;

namespace Screening.LocalHost.Invocation;

/// <summary>
/// Refuses to start when a function uses a binding LocalHost cannot serve, naming the function, so a
/// missing feature is found at start-up rather than as a silent no-op at run time.
/// </summary>
public static partial class BindingValidator
{
    private static readonly HashSet<string> SupportedBindingTypes = new(StringComparer.OrdinalIgnoreCase) { "httpTrigger", "http", "timerTrigger", "blobTrigger", "queueTrigger" };

    public static void Validate(IEnumerable<FunctionTarget> functions)
    {
        ArgumentNullException.ThrowIfNull(functions);
        foreach (var function in functions)
        {
            var unsupported = function.Definition.Bindings.FirstOrDefault(b => !SupportedBindingTypes.Contains(b.Type));
            if (unsupported is not null)
            {
                throw new NotSupportedException($"Function '{function.Name}' uses binding type '{unsupported.Type}' ('{unsupported.Name}'), which LocalHost does not support.");
            }

            var trigger = function.Definition.Trigger;
            var bindable = BindableNames(trigger);
            foreach (var parameter in function.Method.GetParameters())
            {
                if (!CanBind(parameter, trigger.Type, trigger.Name, bindable))
                {
                    throw new NotSupportedException(
                        $"Function '{function.Name}': LocalHost cannot bind parameter '{parameter.Name}' of type {parameter.ParameterType.Name} for a {trigger.Type}.");
                }
            }
        }
    }

    private static HashSet<string> BindableNames(Metadata.BindingDefinition trigger)
    {
        var template = trigger.Type.ToUpperInvariant() switch
        {
            "HTTPTRIGGER" => trigger.GetString("route") ?? string.Empty,
            "BLOBTRIGGER" => trigger.GetString("path") ?? string.Empty,
            _ => string.Empty,
        };
        return new HashSet<string>(TemplateToken().Matches(template).Select(m => m.Groups[1].Value), StringComparer.OrdinalIgnoreCase);
    }

    private static bool CanBind(ParameterInfo parameter, string triggerType, string triggerName, HashSet<string> bindableNames)
    {
        var type = parameter.ParameterType;
        if (type == typeof(CancellationToken) || (parameter.Name is { } name && bindableNames.Contains(name) && name != triggerName))
        {
            return true;
        }

        return triggerType.ToUpperInvariant() switch
        {
            "HTTPTRIGGER" => type == typeof(HttpRequest) || type == typeof(HttpContext),
            "TIMERTRIGGER" => type == typeof(TimerInfo),
            "BLOBTRIGGER" => parameter.Name == triggerName && BlobContent.Supports(type),
            "QUEUETRIGGER" => parameter.Name == triggerName && QueueContent.Supports(type),
            _ => false,
        };
    }

    // Route and path tokens: {id}, {id:int}, {*rest}, {name?}.
    [GeneratedRegex(@"\{\*?(\w+)[^}]*\}")]
    private static partial Regex TemplateToken();
}
