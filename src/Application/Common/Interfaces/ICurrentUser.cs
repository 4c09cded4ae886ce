namespace GoTrs.Application.Common.Interfaces;

public enum PrincipalKind
{
    Anonymous,
    Agent,
    Customer,
}

/// <summary>Who is calling: an agent (by id), a customer user (by login), or nobody.</summary>
public interface ICurrentUser
{
    PrincipalKind Kind { get; }
    int? AgentId { get; }
    string? Login { get; }
}
