using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Screening.Functions.Identity;
using Screening.Functions.Services;
using Screening.Infrastructure.Monitoring;
using Screening.Infrastructure.Storage;

namespace Screening.Functions.Http;

/// <summary>
/// What every HTTP function does around its one service call: stamp the request id, turn a service problem
/// into RFC 7807, and answer an unexpected failure with a 500 that names the request id but no internals.
/// </summary>
public static class HttpFunction
{
    public static async Task<IActionResult> RunAsync(HttpRequest request, ILogger logger, Func<string, Task<IActionResult>> handle)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(handle);
        var requestId = RequestIds.Of(request);
        try
        {
            return await handle(requestId);
        }
        catch (OperationCanceledException) when (request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is listening for an answer.
            return new StatusCodeResult(499);
        }
        catch (PageCursorRejectedException exception)
        {
            // A cursor that passed validation but that storage refused is still the client's bad input, not our failure.
            logger.LogWarning(exception, "Request {RequestId} {Method} {Path}: storage rejected the page cursor", requestId, request.Method, request.Path);
            return ApiProblem.BadRequest(request, ProblemCodes.ValidationFailed, "cursor", Paging.CursorReason);
        }
        catch (SignInUnavailableException exception)
        {
            logger.LogWarning(exception, "Request {RequestId} {Method} {Path}: sign-in cannot be checked now", requestId, request.Method, request.Path);
            return ApiProblem.Unavailable(request, ProblemCodes.AuthUnavailable,
                "Sign-in cannot be checked now (the identity provider's keys cannot be fetched); nothing was done. Retry shortly.");
        }
        catch (Exception exception) when (StorageOutage.Is(exception))
        {
            logger.LogWarning(exception, "Request {RequestId} {Method} {Path} could not reach storage", requestId, request.Method, request.Path);
            return ApiProblem.StorageUnavailable(request);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Request {RequestId} {Method} {Path} failed", requestId, request.Method, request.Path);
            return ApiProblem.Internal(request);
        }
    }

    /// <summary>
    /// The whole of a JSON screening route: read the body strictly, validate it, screen it as this caller,
    /// and answer with the result or the problem.
    /// </summary>
    public static Task<IActionResult> ScreenJsonAsync<TRequest, TResponse>(
        HttpRequest request,
        IValidator<TRequest> validator,
        ILogger logger,
        Func<TRequest, ScreeningCall, ServiceOutcome<TResponse>> screen,
        CancellationToken cancellationToken)
        where TRequest : class
        where TResponse : class =>
        RunAsync(request, logger, async requestId =>
        {
            var (body, malformed) = await RequestBody.ReadJsonAsync<TRequest>(request, cancellationToken);
            if (malformed is not null)
            {
                return malformed;
            }

            return await validator.ProblemAsync(request, body!, cancellationToken)
                ?? Respond(request, screen(body!, new ScreeningCall(requestId, Caller(request))));
        });

    /// <summary>A JSON route whose one service call is asynchronous: read the body strictly, validate it, then handle it.</summary>
    public static Task<IActionResult> JsonAsync<TRequest>(
        HttpRequest request,
        IValidator<TRequest> validator,
        ILogger logger,
        Func<TRequest, ScreeningCall, Task<IActionResult>> handle,
        CancellationToken cancellationToken)
        where TRequest : class =>
        RunAsync(request, logger, async requestId =>
        {
            var (body, malformed) = await RequestBody.ReadJsonAsync<TRequest>(request, cancellationToken);
            if (malformed is not null)
            {
                return malformed;
            }

            return await validator.ProblemAsync(request, body!, cancellationToken) ?? await handle(body!, new ScreeningCall(requestId, Caller(request)));
        });

    public static IActionResult Respond<T>(HttpRequest request, ServiceOutcome<T> outcome, bool noStore = true)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Problem is { } problem
            ? ApiProblem.Create(request, problem.Status, problem.Code, problem.Detail, problem.Errors)
            : new ApiJsonResult(outcome.Value!, noStore: noStore);
    }

    /// <summary>
    /// The caller: on role-checked routes the person or application of the bearer token (see <see cref="RoleGate"/>),
    /// which replaces the request's user; elsewhere the name of the function key used, when there was one.
    /// </summary>
    public static string? Caller(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.HttpContext.User.FindFirst("http://schemas.microsoft.com/2017/07/functions/claims/keyid")?.Value
            ?? request.HttpContext.User.Identity?.Name;
    }
}
