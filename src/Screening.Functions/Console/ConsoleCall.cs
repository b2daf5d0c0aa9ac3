using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Screening.Functions.Console;

/// <summary>A console API call after sign-in and role checks: the request, its route values, the person, and the app's services.</summary>
public sealed record ConsoleCall(HttpRequest Request, RouteValueDictionary Values, ConsolePerson Person, IServiceProvider Services, CancellationToken CancellationToken)
{
    public string Value(string name) => Uri.UnescapeDataString(Values[name]?.ToString() ?? string.Empty);
}
