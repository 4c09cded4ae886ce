using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.CustomerUsers.GetCustomerUser;

/// <summary>One customer user by login (case-insensitive, as OTRS treats logins), valid or not.</summary>
public sealed record GetCustomerUserQuery(string Login) : IRequest<CustomerUserDto>;

public sealed class GetCustomerUserHandler(IAppDbContext db) : IRequestHandler<GetCustomerUserQuery, CustomerUserDto>
{
    public async Task<CustomerUserDto> Handle(GetCustomerUserQuery request, CancellationToken cancellationToken)
    {
        var login = request.Login.ToLowerInvariant();
        return await CustomerUserRows.Query(db)
                   .Where(r => r.User.Login.ToLower() == login)
                   .OrderBy(r => r.User.Login == request.Login ? 0 : 1)
                   .Select(CustomerUserRows.ToDto)
                   .FirstOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException($"Customer user {request.Login} was not found.");
    }
}
