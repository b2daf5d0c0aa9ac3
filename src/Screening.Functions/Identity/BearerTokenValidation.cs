using Screening.Functions.Console;

namespace Screening.Functions.Identity;

/// <summary>A checked bearer token: the caller it names, or the reason it is refused (safe to tell the caller: no key material).</summary>
public sealed record BearerTokenValidation(ConsolePerson? Caller, string? Refusal)
{
    public static BearerTokenValidation Valid(ConsolePerson caller) => new(caller, null);

    public static BearerTokenValidation Invalid(string reason) => new(null, reason);
}
