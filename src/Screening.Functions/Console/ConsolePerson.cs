namespace Screening.Functions.Console;

/// <summary>The signed-in person behind a console call: a stable id, a name to record on approvals and decisions, and app roles.</summary>
public sealed record ConsolePerson(string Id, string Name, IReadOnlySet<string> Roles)
{
    /// <summary>Whether the person may do what <paramref name="role"/> allows; Admin may do everything.</summary>
    public bool Holds(string role) => Roles.Contains(role) || Roles.Contains(ConsoleRoles.Admin);

    /// <summary>What approvals, rollbacks, decisions and audit records name as the actor: the display name with the id, so two people of the same name stay apart.</summary>
    public string Actor => Name == Id ? Name : $"{Name} <{Id}>";
}
