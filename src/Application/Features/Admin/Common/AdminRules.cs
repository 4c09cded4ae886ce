using FluentValidation;
using GoTrs.Application.Common.Models;
using GoTrs.Domain.Articles;

namespace GoTrs.Application.Features.Admin.Common;

/// <summary>A list query of the admin API: <c>?page=&amp;pageSize=</c>.</summary>
public interface IPagedQuery
{
    Paging Paging { get; }
}

/// <summary>Checks <c>page</c> (from 1) and <c>pageSize</c> (1–100) under the names the query string uses.</summary>
public abstract class PagedQueryValidator<T> : AbstractValidator<T> where T : IPagedQuery
{
    protected PagedQueryValidator()
    {
        RuleFor(x => x.Paging.Page).GreaterThanOrEqualTo(1).OverridePropertyName("page");
        RuleFor(x => x.Paging.PageSize).InclusiveBetween(1, Paging.MaxPageSize).OverridePropertyName("pageSize");
    }
}

public static class AdminRules
{
    /// <summary>An OTRS <c>valid</c> id: 1 valid, 2 invalid, 3 invalid-temporarily.</summary>
    public static IRuleBuilderOptions<T, int?> ValidityId<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(1, 3).WithMessage("validId must be 1 (valid), 2 (invalid) or 3 (invalid-temporarily).");

    /// <summary>Text that mail carries: text/plain or text/html, with or without a charset.</summary>
    public static IRuleBuilderOptions<T, string?> TextContentType<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(250).Must(c => c is null || c.TrimStart().StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) || ArticleContent.IsHtml(c))
            .WithMessage("contentType must be text/plain or text/html.");
}
