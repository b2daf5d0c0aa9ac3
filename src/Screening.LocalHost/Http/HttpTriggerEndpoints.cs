using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Screening.LocalHost.Invocation;

namespace Screening.LocalHost.Http;

/// <summary>
/// Serves every <c>httpTrigger</c> on Kestrel under the host.json route prefix: the function's route
/// template (parameters and constraints are ASP.NET route syntax, as in Azure), its allowed methods,
/// its authorization level; then the real function method, its <c>IActionResult</c> executed by MVC.
/// </summary>
public static class HttpTriggerEndpoints
{
    public static void Map(WebApplication app, IReadOnlyList<FunctionTarget> functions, string routePrefix)
    {
        ArgumentNullException.ThrowIfNull(app);
        var byRoute = functions
            .Where(f => f.Definition.Trigger.Type.Equals("httpTrigger", StringComparison.OrdinalIgnoreCase))
            .GroupBy(f => Pattern(routePrefix, f.Definition.Trigger.GetString("route") ?? f.Name), StringComparer.OrdinalIgnoreCase);

        foreach (var route in byRoute)
        {
            var candidates = route.ToList();
            app.Map(route.Key, context => DispatchAsync(context, candidates));
        }

        app.MapFallback(context => HostProblems.WriteAsync(
            context, StatusCodes.Status404NotFound, "route.not_found", "Not Found", $"No function serves {context.Request.Method} {context.Request.Path}."));
    }

    private static string Pattern(string prefix, string route) =>
        prefix.Length == 0 ? "/" + route.TrimStart('/') : $"/{prefix}/{route.TrimStart('/')}";

    private static async Task DispatchAsync(HttpContext context, IReadOnlyList<FunctionTarget> candidates)
    {
        var target = candidates.FirstOrDefault(f => Allows(f, context.Request.Method));
        if (target is null)
        {
            var allowed = candidates.SelectMany(f => f.Definition.Trigger.GetStrings("methods")).Select(m => m.ToUpperInvariant()).Distinct();
            context.Response.Headers.Allow = string.Join(", ", allowed);
            await HostProblems.WriteAsync(
                context, StatusCodes.Status405MethodNotAllowed, "method.not_allowed", "Method Not Allowed",
                $"{context.Request.Method} is not allowed on {context.Request.Path}; allowed: {context.Response.Headers.Allow}.");
            return;
        }

        var authorizer = context.RequestServices.GetRequiredService<FunctionKeyAuthorizer>();
        var level = target.Definition.Trigger.GetString("authLevel") ?? "Function";
        switch (authorizer.Authorize(context, level))
        {
            case FunctionKeyAuthorizer.Outcome.MissingKey:
                await HostProblems.WriteAsync(context, 401, "auth.key_required", "Unauthorized", "This route needs a key in the x-functions-key header or the code query parameter.");
                return;
            case FunctionKeyAuthorizer.Outcome.InvalidKey:
                await HostProblems.WriteAsync(context, 401, "auth.key_invalid", "Unauthorized", "The key is not valid for this app.");
                return;
            case FunctionKeyAuthorizer.Outcome.InsufficientLevel:
                await HostProblems.WriteAsync(context, 401, "auth.admin_required", "Unauthorized", "This route needs the admin (master) key.");
                return;
        }

        var arguments = new InvocationArguments()
            .Add(context.Request)
            .Add(context)
            .Add(context.RequestAborted);
        foreach (var (name, value) in context.GetRouteData().Values)
        {
            arguments.AddNamed(name, value);
        }

        var invoker = context.RequestServices.GetRequiredService<FunctionInvoker>();
        object? result;
        try
        {
            result = await invoker.InvokeAsync(target, arguments, context.RequestServices);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (Exception) when (!context.Response.HasStarted)
        {
            // The invoker logged the exception; the client gets no internals, as from the Functions host.
            await HostProblems.WriteAsync(context, 500, "internal", "Internal Server Error", "The function failed; the failure is in the host log.");
            return;
        }

        await WriteResultAsync(context, result);
    }

    private static bool Allows(FunctionTarget function, string method)
    {
        var methods = function.Definition.Trigger.GetStrings("methods");
        return methods.Count == 0 || methods.Any(m => m.Equals(method, StringComparison.OrdinalIgnoreCase));
    }

    private static Task WriteResultAsync(HttpContext context, object? result) => result switch
    {
        IActionResult action => action.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor())),
        IResult minimal => minimal.ExecuteAsync(context),
        null => Task.Run(() => context.Response.StatusCode = StatusCodes.Status204NoContent),
        _ => new OkObjectResult(result).ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor())),
    };
}
