using GoTrs.Domain.Common;

namespace GoTrs.Domain.Customers;

/// <summary>A customer company (OTRS table <c>customer_company</c>), keyed by its customer id string.</summary>
public sealed class CustomerCompany : AuditedEntity
{
    public string CustomerId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Street { get; set; }
    public string? Zip { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
    public string? Url { get; set; }
    public string? Comments { get; set; }
    public int ValidId { get; set; } = Validity.Valid;
}
