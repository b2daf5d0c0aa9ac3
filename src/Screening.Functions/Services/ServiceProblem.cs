using Screening.Functions.Contracts;
using Screening.Functions.Http;

namespace Screening.Functions.Services;

/// <summary>Why a service call could not produce an answer; the HTTP layer turns it into RFC 7807.</summary>
public sealed record ServiceProblem(int Status, string Code, string Detail, IDictionary<string, string[]>? Errors = null)
{
    public static ServiceProblem Unavailable(string code, string detail) => new(503, code, detail);

    public static ServiceProblem NotFound(string code, string detail) => new(404, code, detail);

    public static ServiceProblem Conflict(string code, string detail) => new(409, code, detail);

    public static ServiceProblem BadRequest(string code, string field, string detail) =>
        new(400, code, detail, new Dictionary<string, string[]> { [field] = [detail] });

    public static ServiceProblem Invalid(IDictionary<string, string[]> errors) =>
        new(400, ProblemCodes.ValidationFailed, "One or more fields are invalid; see errors.", errors);

    /// <summary>The same problem answered inside one item of a bulk response rather than for the request.</summary>
    public ItemProblem ToItemProblem() => new(ApiProblem.Type, ApiProblem.TitleOf(Status), Status, Detail, Code, Errors);
}

/// <summary>A value or the problem that prevented it.</summary>
public sealed record ServiceOutcome<T>(T? Value, ServiceProblem? Problem)
    where T : class
{
    public static implicit operator ServiceOutcome<T>(T value) => new(value, null);

    public static implicit operator ServiceOutcome<T>(ServiceProblem problem) => new(null, problem);
}
