using Microsoft.AspNetCore.Http;
using Screening.Functions.Http;

namespace Screening.Functions.Tests.Http;

public sealed class RequestIdsTests
{
    [Fact]
    public void A_sensible_caller_id_is_echoed_on_the_response()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers[RequestIds.HeaderName] = "order-7781:retry-2";
        Assert.Equal("order-7781:retry-2", RequestIds.Of(context.Request));
        Assert.Equal("order-7781:retry-2", context.Response.Headers[RequestIds.HeaderName].ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("has spaces")]
    [InlineData("slash/inside")]
    public void An_unusable_caller_id_is_replaced_by_a_new_one(string given)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers[RequestIds.HeaderName] = given;
        var id = RequestIds.Of(context.Request);
        Assert.NotEqual(given, id);
        Assert.Equal(32, id.Length);
        Assert.Equal(id, RequestIds.Of(context.Request));
    }
}
