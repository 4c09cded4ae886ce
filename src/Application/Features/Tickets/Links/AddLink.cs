using FluentValidation;
using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Security;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Application.Features.Tickets.UpdateTicket;
using GoTrs.Domain.Tickets;
using ValidationException = GoTrs.Application.Common.Exceptions.ValidationException;

namespace GoTrs.Application.Features.Tickets.Links;

/// <summary>
/// Links two tickets. Type "Normal" or "ParentChild"; with ParentChild, role says what the other ticket is to this one
/// ("child", the default, or "parent"). Needs rw on this ticket and read access to the other.
/// </summary>
public sealed record AddLinkCommand(string IdOrNumber, string? TargetTicket, string? Type = "Normal", string? Role = null) : IRequest<Unit>;

public sealed class AddLinkHandler(IAppDbContext db, ICurrentUser caller, IPermissionService permissions, TicketLinks links)
    : IRequestHandler<AddLinkCommand, Unit>
{
    public async Task<Unit> Handle(AddLinkCommand request, CancellationToken cancellationToken)
    {
        var self = await LoadedTicket.LoadAsync(db, permissions, caller, TicketLocator.Parse(request.IdOrNumber), cancellationToken);
        self.Rights.Require(self.Rights.Rw, "add links");
        var other = await LoadedTicket.LoadAsync(db, permissions, caller, TicketLocator.Parse(request.TargetTicket!), cancellationToken);
        if (other.Ticket.Id == self.Ticket.Id) throw new ValidationException("targetTicket", "A ticket cannot be linked to itself.");
        var kind = Enum.Parse<LinkKind>(request.Type ?? "Normal", ignoreCase: true);
        var (from, to) = kind == LinkKind.ParentChild && request.Role == "parent"
            ? (other.Ticket, self.Ticket)
            : (self.Ticket, other.Ticket);
        var entries = new List<TicketHistory>();
        if (!await links.AddAsync(from, to, kind, entries, cancellationToken))
            throw new ConflictException("The tickets are already linked that way.");
        await UpdateTicketHandler.SaveAsync(db, entries, cancellationToken);
        return Unit.Value;
    }
}

public sealed class AddLinkValidator : AbstractValidator<AddLinkCommand>
{
    public AddLinkValidator()
    {
        RuleFor(x => x.TargetTicket).NotEmpty().MaximumLength(50);
        RuleFor(x => x.Type).Must(t => t is null || Enum.TryParse<LinkKind>(t, true, out _))
            .WithMessage("type must be Normal or ParentChild.");
        RuleFor(x => x.Role).Must(r => r is null or "parent" or "child").WithMessage("role must be parent or child.");
    }
}
