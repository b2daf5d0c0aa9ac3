using System.Diagnostics;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Screening.LocalHost.Invocation;

/// <summary>
/// Invokes a function method as the worker would: an instance created through DI in a fresh scope,
/// arguments bound from the trigger, the result awaited. Logs every invocation with its duration.
/// </summary>
public sealed class FunctionInvoker(IServiceScopeFactory scopes, ILogger<FunctionInvoker> logger)
{
    public async Task<object?> InvokeAsync(FunctionTarget target, InvocationArguments arguments, IServiceProvider? requestServices = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(arguments);
        var invocationId = Guid.NewGuid();
        logger.LogInformation("Executing '{Function}' (invocation {InvocationId})", target.Name, invocationId);
        var started = Stopwatch.GetTimestamp();
        await using var scope = requestServices is null ? scopes.CreateAsyncScope() : default(AsyncServiceScope?);
        var services = requestServices ?? scope!.Value.ServiceProvider;
        try
        {
            var instance = target.Method.IsStatic ? null : ActivatorUtilities.GetServiceOrCreateInstance(services, target.Type);
            var result = await UnwrapAsync(Invoke(target.Method, instance, arguments.For(target.Method)));
            logger.LogInformation(
                "Executed '{Function}' (succeeded, invocation {InvocationId}) in {DurationMs:F1} ms",
                target.Name, invocationId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return result;
        }
        catch (Exception exception)
        {
            logger.LogError(
                exception, "Executed '{Function}' (failed, invocation {InvocationId}) in {DurationMs:F1} ms",
                target.Name, invocationId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    private static object? Invoke(MethodInfo method, object? instance, object?[] args)
    {
        try
        {
            return method.Invoke(instance, args);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }
    }

    private static async Task<object?> UnwrapAsync(object? returned)
    {
        switch (returned)
        {
            case Task task:
                await task;
                var type = task.GetType();
                return type.IsGenericType && type.GetProperty("Result") is { } result && result.PropertyType.Name != "VoidTaskResult"
                    ? result.GetValue(task)
                    : null;
            case ValueTask valueTask:
                await valueTask;
                return null;
            case not null when returned.GetType() is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(ValueTask<>):
                var asTask = (Task)t.GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(returned, null)!;
                return await UnwrapAsync(asTask);
            default:
                return returned;
        }
    }
}
