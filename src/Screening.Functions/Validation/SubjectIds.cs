using System.Text.RegularExpressions;

namespace Screening.Functions.Validation;

/// <summary>A subject id is the client's own key: bounded and safe in a URL, a log line and a table key.</summary>
public static partial class SubjectIds
{
    public const string Rule = "must be 1–128 of A-Z a-z 0-9 . _ : -";

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,128}$")]
    private static partial Regex Pattern();
}
