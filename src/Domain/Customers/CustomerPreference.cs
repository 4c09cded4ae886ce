namespace GoTrs.Domain.Customers;

/// <summary>A key/value preference of a customer user (OTRS table <c>customer_preferences</c>; UserId is the login).</summary>
public sealed class CustomerPreference
{
    public string UserId { get; set; } = "";
    public string Key { get; set; } = "";
    public string? Value { get; set; }
}
