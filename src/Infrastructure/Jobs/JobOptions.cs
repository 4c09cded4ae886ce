namespace GoTrs.Infrastructure.Jobs;

/// <summary>Configuration section "Jobs".</summary>
public sealed class JobOptions
{
    public const string SectionName = "Jobs";

    /// <summary>False keeps the periodic jobs out of this process (e.g. API-only instances, tests).</summary>
    public bool Enabled { get; set; } = true;

    public int EscalationIntervalSeconds { get; set; } = 60;

    public int PendingIntervalSeconds { get; set; } = 60;

    /// <summary>How long ticket events are kept for clients that resume a stream (Last-Event-ID).</summary>
    public int EventRetentionHours { get; set; } = 24;

    public int EventPruneIntervalSeconds { get; set; } = 3600;

    public int TicketNumberCleanupIntervalSeconds { get; set; } = 600;
}
