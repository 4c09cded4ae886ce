using GoTrs.Domain.Common;

namespace GoTrs.Domain.Customers;

/// <summary>A customer user (OTRS table <c>customer_user</c>); tickets refer to it by <see cref="Login"/>.</summary>
public sealed class CustomerUser : AuditedEntity
{
    public int Id { get; set; }
    public string Login { get; set; } = "";
    public string Email { get; set; } = "";
    public string CustomerId { get; set; } = "";
    public string? PasswordHash { get; set; }
    public string? Title { get; set; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string? Phone { get; set; }
    public string? Fax { get; set; }
    public string? Mobile { get; set; }
    public string? Street { get; set; }
    public string? Zip { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
    public string? Comments { get; set; }
    public int ValidId { get; set; } = Validity.Valid;

    public bool IsValid => Validity.IsValid(ValidId);
    public string FullName => $"{FirstName} {LastName}".Trim();
}
