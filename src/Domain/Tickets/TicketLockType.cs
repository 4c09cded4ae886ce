using GoTrs.Domain.Common;

namespace GoTrs.Domain.Tickets;

public sealed class TicketLockType : NamedLookup
{
    public const int Unlock = 1;
    public const int Lock = 2;
    public const int TmpLock = 3;
}
