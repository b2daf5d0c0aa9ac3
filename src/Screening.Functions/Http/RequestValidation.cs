using FluentValidation;
using Microsoft.AspNetCore.Http;
using Screening.Functions.Validation;

namespace Screening.Functions.Http;

/// <summary>Runs a request's validator and turns failures into a 400 problem naming each field.</summary>
public static class RequestValidation
{
    public static async Task<ApiJsonResult?> ProblemAsync<T>(this IValidator<T> validator, HttpRequest request, T value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var result = await validator.ValidateAsync(value, cancellationToken);
        return result.IsValid ? null : ApiProblem.Validation(request, result.ToErrors());
    }
}
