namespace Screening.Functions.Console;

/// <summary>
/// The app roles of the console (declared on the Entra ID app registration, see docs/deploy.md).
/// Admin holds every permission, so a small team can run with one assigned role.
/// </summary>
public static class ConsoleRoles
{
    public const string Reviewer = "Screening.Reviewer";
    public const string ListApprover = "Screening.ListApprover";
    public const string Admin = "Screening.Admin";

    public static IReadOnlyList<string> All { get; } = [Reviewer, ListApprover, Admin];
}
