using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Screening.Functions.Console;

namespace Screening.LocalHost.SignIn;

/// <summary>
/// The person chosen on LocalHost's development sign-in page, kept in a cookie as plain JSON. Unsigned on
/// purpose: anyone at this machine may be anyone, which is the point of a development sign-in and why it
/// exists only in LocalHost.
/// </summary>
internal static class DevelopmentPerson
{
    public const string CookieName = "screening-dev-sign-in";

    public static string Encode(ConsolePerson person) =>
        WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(new Stored(person.Id, person.Name, [.. person.Roles])));

    public static ConsolePerson? Decode(string? cookie)
    {
        if (string.IsNullOrEmpty(cookie))
        {
            return null;
        }

        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(cookie)));
            return stored is { Id.Length: > 0, Name.Length: > 0 }
                ? new ConsolePerson(stored.Id, stored.Name, (stored.Roles ?? []).Where(ConsoleRoles.All.Contains).ToHashSet(StringComparer.Ordinal))
                : null;
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return null;
        }
    }

    private sealed record Stored(string Id, string Name, string[] Roles);
}
