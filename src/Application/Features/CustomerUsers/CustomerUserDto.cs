using System.Linq.Expressions;
using GoTrs.Application.Common.Interfaces;

namespace GoTrs.Application.Features.CustomerUsers;

public sealed record CustomerUserDto(
    string Login, string FirstName, string LastName, string FullName, string Email, string CustomerId, string? CompanyName);

/// <summary>Customer users with their company's name, projected in SQL.</summary>
public static class CustomerUserRows
{
    // A member-initialised class, not a positional record: EF Core can translate later filters on its members.
    public sealed class Row
    {
        public required Domain.Customers.CustomerUser User { get; init; }
        public string? CompanyName { get; init; }
    }

    public static IQueryable<Row> Query(IAppDbContext db) =>
        from c in db.CustomerUsers.AsQueryable()
        join company in db.CustomerCompanies on c.CustomerId equals company.CustomerId into companies
        from company in companies.DefaultIfEmpty()
        select new Row { User = c, CompanyName = company == null ? null : company.Name };

    public static readonly Expression<Func<Row, CustomerUserDto>> ToDto = r => new CustomerUserDto(
        r.User.Login, r.User.FirstName, r.User.LastName, (r.User.FirstName + " " + r.User.LastName).Trim(),
        r.User.Email, r.User.CustomerId, r.CompanyName);
}
