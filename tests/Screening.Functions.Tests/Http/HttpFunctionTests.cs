using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Screening.Functions.Http;

namespace Screening.Functions.Tests.Http;

public sealed class HttpFunctionTests
{
    [Fact]
    public async Task An_unexpected_failure_is_a_500_problem_without_internals()
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/api/v1/screen/name";
        var result = await HttpFunction.RunAsync(context.Request, NullLogger.Instance,
            _ => throw new InvalidOperationException("connection string AccountKey=secret leaked"));

        var problem = Assert.IsType<ApiJsonResult>(result);
        var body = Assert.IsType<ApiProblem.ProblemBody>(problem.Value);
        Assert.Equal((500, ProblemCodes.Internal), (body.Status, body.Code));
        Assert.DoesNotContain("secret", body.Detail, StringComparison.Ordinal);
        Assert.Equal(body.RequestId, context.Response.Headers[RequestIds.HeaderName].ToString());
    }

    [Fact]
    public async Task A_handled_request_carries_its_request_id()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers[RequestIds.HeaderName] = "abc-123";
        string? seen = null;
        await HttpFunction.RunAsync(context.Request, NullLogger.Instance, id =>
        {
            seen = id;
            return Task.FromResult<Microsoft.AspNetCore.Mvc.IActionResult>(new ApiJsonResult(new { ok = true }));
        });
        Assert.Equal("abc-123", seen);
    }

    [Fact]
    public async Task Storage_that_cannot_be_reached_is_a_503_with_Retry_After_not_a_500()
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/api/v1/lists";
        var result = await HttpFunction.RunAsync(context.Request, NullLogger.Instance,
            _ => throw new Azure.RequestFailedException("Connection refused (127.0.0.1:10002)"));

        var problem = Assert.IsType<ApiJsonResult>(result);
        var body = Assert.IsType<ApiProblem.ProblemBody>(problem.Value);
        Assert.Equal((503, ProblemCodes.StorageUnavailable, "Service Unavailable", "about:blank"), (body.Status, body.Code, body.Title, body.Type));
        Assert.Equal(ApiProblem.RetryAfterSeconds, problem.RetryAfterSeconds);
    }

    [Fact]
    public async Task A_storage_answer_about_the_request_itself_stays_a_500()
    {
        var context = new DefaultHttpContext();
        var result = await HttpFunction.RunAsync(context.Request, NullLogger.Instance,
            _ => throw new Azure.RequestFailedException(400, "The property value exceeds the maximum allowed size"));

        var body = Assert.IsType<ApiProblem.ProblemBody>(Assert.IsType<ApiJsonResult>(result).Value);
        Assert.Equal((500, ProblemCodes.Internal), (body.Status, body.Code));
        Assert.Null(((ApiJsonResult)result).RetryAfterSeconds);
    }
}
