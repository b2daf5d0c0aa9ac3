using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace Screening.Functions.Console;

/// <summary>One console API route: method, template under console/api/, the roles any one of which admits (empty: anyone signed in) and what it does.</summary>
public sealed class ConsoleRoute(string method, string template, IReadOnlyList<string> roles, ConsoleRoute.Handler handle)
{
    public delegate Task<IActionResult> Handler(ConsoleCall call);

    private readonly TemplateMatcher _matcher = new(TemplateParser.Parse(template), new RouteValueDictionary());

    public string Method { get; } = method;
    public string Template { get; } = template;
    public IReadOnlyList<string> Roles { get; } = roles;
    public Handler Handle { get; } = handle;

    public bool Admits(ConsolePerson person) => Roles.Count == 0 || Roles.Any(person.Holds);

    public bool TryMatch(string method, string path, out RouteValueDictionary values)
    {
        values = new RouteValueDictionary();
        return Method.Equals(method, StringComparison.OrdinalIgnoreCase) && _matcher.TryMatch(new PathString("/" + path.TrimStart('/')), values);
    }
}
