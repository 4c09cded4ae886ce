namespace GoTrs.Infrastructure.Identity;

/// <summary>Configuration section "Auth".</summary>
public sealed class AuthOptions
{
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);
    public LoginThrottleOptions Throttle { get; set; } = new();
}

/// <summary>
/// After <see cref="MaxFailures"/> failed logins within <see cref="Window"/> for one client address and login,
/// further attempts are refused for <see cref="BaseBlock"/>, doubling with each further failure up to <see cref="MaxBlock"/>.
/// </summary>
public sealed class LoginThrottleOptions
{
    public int MaxFailures { get; set; } = 5;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
    public TimeSpan BaseBlock { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxBlock { get; set; } = TimeSpan.FromMinutes(15);
}
