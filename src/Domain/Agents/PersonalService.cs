namespace GoTrs.Domain.Agents;

/// <summary>A service in an agent's "My Services" (OTRS table <c>personal_services</c>, no key).</summary>
public sealed class PersonalService
{
    public int UserId { get; set; }
    public int ServiceId { get; set; }
}
