using GoTrs.Domain.Common;

namespace GoTrs.Domain.Agents;

/// <summary>An agent (OTRS table <c>users</c>). E-mail and other details live in <see cref="AgentPreference"/> rows.</summary>
public sealed class Agent : AuditedEntity
{
    public int Id { get; set; }
    public string Login { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string? Title { get; set; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public int ValidId { get; set; } = Validity.Valid;

    public bool IsValid => Validity.IsValid(ValidId);
    public string FullName => $"{FirstName} {LastName}".Trim();
}
