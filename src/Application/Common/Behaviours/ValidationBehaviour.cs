using FluentValidation;
using GoTrs.Application.Common.Messaging;

namespace GoTrs.Application.Common.Behaviours;

/// <summary>Runs every validator of the request and turns failures into one <see cref="Exceptions.ValidationException"/>.</summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(request, cancellationToken);
            failures.AddRange(result.Errors);
        }
        if (failures.Count > 0)
        {
            var errors = failures
                .GroupBy(f => ToCamelCase(f.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());
            throw new Exceptions.ValidationException(errors);
        }
        return await next();
    }

    // "Article.Attachments[0].FileName" becomes "article.attachments[0].fileName", matching the JSON names.
    private static string ToCamelCase(string name) =>
        string.Join('.', name.Split('.').Select(part =>
            string.IsNullOrEmpty(part) ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
