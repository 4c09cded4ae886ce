using FluentValidation;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Models;
using GoTrs.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.CustomerUsers.SearchCustomerUsers;

/// <summary>
/// Valid customer users for autocomplete. Every word of <see cref="Search"/> must occur (case-insensitively) in the
/// login, first or last name, e-mail or customer id; exact login/e-mail matches come first, then prefix matches,
/// then by name. One SQL statement.
/// </summary>
public sealed record SearchCustomerUsersQuery(string? Search, int Limit = 20) : IRequest<IReadOnlyList<CustomerUserDto>>;

public sealed class SearchCustomerUsersHandler(IAppDbContext db)
    : IRequestHandler<SearchCustomerUsersQuery, IReadOnlyList<CustomerUserDto>>
{
    public async Task<IReadOnlyList<CustomerUserDto>> Handle(SearchCustomerUsersQuery request, CancellationToken cancellationToken)
    {
        var term = (request.Search ?? "").Trim().ToLowerInvariant();
        var rows = CustomerUserRows.Query(db).Where(r => r.User.ValidId == Validity.Valid);
        foreach (var word in term.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct())
        {
            var pattern = LikePattern.Containing(word);
            rows = rows.Where(r => EF.Functions.Like(r.User.Login.ToLower(), pattern)
                                   || EF.Functions.Like(r.User.FirstName.ToLower(), pattern)
                                   || EF.Functions.Like(r.User.LastName.ToLower(), pattern)
                                   || EF.Functions.Like(r.User.Email.ToLower(), pattern)
                                   || EF.Functions.Like(r.User.CustomerId.ToLower(), pattern));
        }
        var prefix = LikePattern.Escape(term) + "%";
        return await rows
            .OrderBy(r => r.User.Login.ToLower() == term || r.User.Email.ToLower() == term ? 0
                : EF.Functions.Like(r.User.Login.ToLower(), prefix) || EF.Functions.Like(r.User.Email.ToLower(), prefix)
                  || EF.Functions.Like(r.User.FirstName.ToLower(), prefix) || EF.Functions.Like(r.User.LastName.ToLower(), prefix) ? 1
                : 2)
            .ThenBy(r => r.User.LastName).ThenBy(r => r.User.FirstName).ThenBy(r => r.User.Login)
            .Take(request.Limit)
            .Select(CustomerUserRows.ToDto)
            .ToListAsync(cancellationToken);
    }
}

public sealed class SearchCustomerUsersValidator : AbstractValidator<SearchCustomerUsersQuery>
{
    public SearchCustomerUsersValidator()
    {
        RuleFor(x => x.Search).MaximumLength(200);
        RuleFor(x => x.Limit).InclusiveBetween(1, 100);
    }
}
