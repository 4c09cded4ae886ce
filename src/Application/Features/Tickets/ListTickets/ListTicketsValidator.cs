using FluentValidation;
using GoTrs.Application.Common.Models;
using GoTrs.Domain.Tickets;

namespace GoTrs.Application.Features.Tickets.ListTickets;

public sealed class ListTicketsValidator : AbstractValidator<ListTicketsQuery>
{
    private static readonly string[] StateTypeNames =
    [
        TicketStateType.New, TicketStateType.Open, TicketStateType.Closed, TicketStateType.PendingReminder,
        TicketStateType.PendingAuto, TicketStateType.Removed, TicketStateType.Merged,
    ];

    public ListTicketsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Sort).Must(s => s is null || TicketSorting.Fields.Contains(s.TrimStart('-', '+')))
            .WithMessage($"sort must be one of: {string.Join(", ", TicketSorting.Fields)} (prefix - for descending).");
        RuleFor(x => x.Lock).Must(l => l is null or "locked" or "unlocked" or "lock" or "unlock")
            .WithMessage("lock must be locked or unlocked.");
        RuleForEach(x => x.StateTypes).Must(StateTypeNames.Contains)
            .WithMessage($"stateType must be one of: {string.Join(", ", StateTypeNames)}.");
        RuleFor(x => x.Q).MaximumLength(500);
        RuleFor(x => x.TicketNumber).MaximumLength(50);
        RuleFor(x => x.Title).MaximumLength(255);
    }
}
