namespace GoTrs.Application.Features.Mail.Common;

/// <summary>What one fetch of a mailbox did.</summary>
/// <param name="LeftOnServer">Messages too large to fetch or gone meanwhile; they stay where they are.</param>
public sealed record FetchCounts(int NewTickets, int FollowUps, int Quarantined, int AlreadyImported, int LeftOnServer = 0)
{
    public static FetchCounts None { get; } = new(0, 0, 0, 0);

    public FetchCounts LeftOne() => this with { LeftOnServer = LeftOnServer + 1 };

    public FetchCounts Add(DeliveryOutcome outcome) => outcome switch
    {
        DeliveryOutcome.NewTicket => this with { NewTickets = NewTickets + 1 },
        DeliveryOutcome.FollowUp => this with { FollowUps = FollowUps + 1 },
        DeliveryOutcome.AlreadyImported => this with { AlreadyImported = AlreadyImported + 1 },
        _ => this with { Quarantined = Quarantined + 1 },
    };
}

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<DeliveryOutcome>))]
public enum DeliveryOutcome
{
    NewTicket,
    FollowUp,
    Quarantined,
    AlreadyImported,
}
