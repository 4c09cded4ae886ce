using GoTrs.Application.Common.Exceptions;
using GoTrs.Domain.Common;
using GoTrs.Domain.Tickets;

namespace GoTrs.Application.Features.Tickets.Common;

/// <summary>Pending states need a pending time in the future; other states must not get one.</summary>
public static class PendingTime
{
    public static int Resolve(StateRef? state, DateTimeOffset? until, TimeProvider clock, FieldErrors errors)
    {
        if (state is null) return 0;
        if (!TicketStateType.IsPending(state.TypeName))
        {
            if (until is not null) errors.Add("pendingUntil", "Only pending states take a pending time.");
            return 0;
        }
        if (until is null)
        {
            errors.Add("pendingUntil", $"State '{state.Name}' needs a pending time.");
            return 0;
        }
        if (until <= clock.GetUtcNow())
        {
            errors.Add("pendingUntil", "The pending time must be in the future.");
            return 0;
        }
        if (until > DateTimeOffset.FromUnixTimeSeconds(int.MaxValue))
        {
            errors.Add("pendingUntil", "The pending time is too far in the future.");
            return 0;
        }
        return EpochTime.FromDateTime(until);
    }
}
