using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Screening.Functions.Contracts;
using Screening.Functions.Http;

namespace Screening.Functions.Tests.Http;

public sealed class RequestBodyTests
{
    [Fact]
    public async Task A_well_formed_body_is_read()
    {
        var (value, problem) = await RequestBody.ReadJsonAsync<ScreenAddressRequest>(Request("""{"address":"0xabc","chain":"ETH"}"""), default);
        Assert.Null(problem);
        Assert.Equal(new ScreenAddressRequest("0xabc", "ETH"), value);
    }

    [Theory]
    [InlineData("text/plain", 415, ProblemCodes.UnsupportedMediaType)]
    [InlineData(null, 415, ProblemCodes.UnsupportedMediaType)]
    public async Task A_non_json_content_type_is_415(string? contentType, int status, string code) =>
        AssertProblem(await RequestBody.ReadJsonAsync<ScreenAddressRequest>(Request("{}", contentType), default), status, code);

    [Theory]
    [InlineData("{\"address\": ")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    [InlineData("{\"address\":\"x\",\"unexpected\":1}")]
    [InlineData("{\"address\":\"x\",}")]
    public async Task Malformed_or_unexpected_json_is_400(string body) =>
        AssertProblem(await RequestBody.ReadJsonAsync<ScreenAddressRequest>(Request(body), default), 400, ProblemCodes.MalformedJson);

    [Fact]
    public async Task An_unknown_field_is_named()
    {
        var (_, problem) = await RequestBody.ReadJsonAsync<ScreenAddressRequest>(Request("{\"address\":\"x\",\"adress\":1}"), default);
        var body = Assert.IsType<ApiProblem.ProblemBody>(Assert.IsType<ApiJsonResult>(problem).Value);
        Assert.Contains("adress", body.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_one_mebibyte_is_413_even_without_content_length()
    {
        var huge = "{\"address\":\"" + new string('a', RequestBody.MaxBytes) + "\"}";
        var request = Request(huge);
        request.ContentLength = null;
        AssertProblem(await RequestBody.ReadJsonAsync<ScreenAddressRequest>(request, default), 413, ProblemCodes.PayloadTooLarge);
    }

    private static HttpRequest Request(string body, string? contentType = "application/json")
    {
        var context = new DefaultHttpContext();
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Request.Body = new MemoryStream(bytes);
        context.Request.ContentLength = bytes.Length;
        context.Request.ContentType = contentType;
        context.Request.Path = "/api/v1/screen/address";
        return context.Request;
    }

    private static void AssertProblem((ScreenAddressRequest? Value, IActionResult? Problem) outcome, int status, string code)
    {
        Assert.Null(outcome.Value);
        var result = Assert.IsType<ApiJsonResult>(outcome.Problem);
        Assert.Equal(status, result.StatusCode);
        Assert.Equal(ApiProblem.ContentType, result.ContentType);
        var body = Assert.IsType<ApiProblem.ProblemBody>(result.Value);
        Assert.Equal((status, code), (body.Status, body.Code));
        Assert.False(string.IsNullOrEmpty(body.RequestId));
        _ = JsonSerializer.Serialize(body, ApiJson.Options);
    }

    [Theory]
    [InlineData(1000, 1000, true)]
    [InlineData(1001, 1000, false)]
    [InlineData(300_000, 200_000, false)] // several reads: refused once the running count passes the cap
    public async Task A_body_without_a_length_is_read_only_up_to_the_cap(int size, int cap, bool accepted)
    {
        // A pipe-like stream: no length to check up front, as with a chunked request.
        using var body = new BufferedStream(new MemoryStream(new byte[size]), 4096);

        var read = await RequestBody.ReadAtMostAsync(body, cap, default);

        Assert.Equal(accepted, read is not null);
        Assert.True(read is null || read.Length == size);
    }
}
