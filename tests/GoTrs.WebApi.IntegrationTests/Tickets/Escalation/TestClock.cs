namespace GoTrs.WebApi.IntegrationTests.Tickets.Escalation;

/// <summary>A clock the test sets; only "now" is needed, timers are never started in these tests.</summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now;
}
