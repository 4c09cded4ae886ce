namespace GoTrs.Domain.Agents;

/// <summary>A key/value preference of an agent (OTRS table <c>user_preferences</c>).</summary>
public sealed class AgentPreference
{
    public const string Email = "UserEmail";
    public const string Language = "UserLanguage";
    public const string LastLogin = "UserLastLogin";

    public int UserId { get; set; }
    public string Key { get; set; } = "";
    public string? Value { get; set; }
}
