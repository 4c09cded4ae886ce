namespace GoTrs.Infrastructure.UnitTests.Identity.Tokens;

/// <summary>A clock the test moves by hand (Microsoft.Extensions.Time.Testing is not available from our package mirror).</summary>
internal sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
