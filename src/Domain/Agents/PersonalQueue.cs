namespace GoTrs.Domain.Agents;

/// <summary>A queue in an agent's "My Queues" (OTRS table <c>personal_queues</c>, no key).</summary>
public sealed class PersonalQueue
{
    public int UserId { get; set; }
    public int QueueId { get; set; }
}
