using FluentValidation;
using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Domain.Common;
using GoTrs.Domain.Mail;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Admin.QueueAutoResponses;

/// <summary>One kind of auto response (auto reply, auto reject, …) and the one the queue sends for it, if any.</summary>
public sealed record QueueAutoResponseSlot(int TypeId, string Type, int? AutoResponseId, string? AutoResponse);

/// <summary>The auto responses of a queue, one per type as in OTRS: every valid type, assigned or not.</summary>
public sealed record QueueAutoResponsesDto(int QueueId, string Queue, IReadOnlyList<QueueAutoResponseSlot> Types);

public sealed record GetQueueAutoResponsesQuery(int QueueId) : IRequest<QueueAutoResponsesDto>;

/// <summary>Replaces the queue's auto responses: at most one per type; an empty list removes them all.</summary>
public sealed record SetQueueAutoResponsesCommand(int QueueId, IReadOnlyList<int>? AutoResponseIds) : IRequest<QueueAutoResponsesDto>;

public sealed class QueueAutoResponseHandlers(IAppDbContext db)
    : IRequestHandler<GetQueueAutoResponsesQuery, QueueAutoResponsesDto>,
      IRequestHandler<SetQueueAutoResponsesCommand, QueueAutoResponsesDto>
{
    public async Task<QueueAutoResponsesDto> Handle(GetQueueAutoResponsesQuery request, CancellationToken cancellationToken)
    {
        var queue = await QueueNameAsync(request.QueueId, cancellationToken);
        var assigned = await (
            from qa in db.QueueAutoResponses
            join r in db.AutoResponses on qa.AutoResponseId equals r.Id
            where qa.QueueId == request.QueueId
            orderby qa.Id
            select new { r.TypeId, r.Id, r.Name }).ToListAsync(cancellationToken);
        var types = await db.AutoResponseTypes.AsNoTracking().Where(t => t.ValidId == Validity.Valid).OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var slots = types.Select(t =>
        {
            var response = assigned.FirstOrDefault(a => a.TypeId == t.Id);
            return new QueueAutoResponseSlot(t.Id, t.Name, response?.Id, response?.Name);
        }).ToList();
        return new QueueAutoResponsesDto(request.QueueId, queue, slots);
    }

    public async Task<QueueAutoResponsesDto> Handle(SetQueueAutoResponsesCommand request, CancellationToken cancellationToken)
    {
        await QueueNameAsync(request.QueueId, cancellationToken);
        var wanted = request.AutoResponseIds!.Distinct().ToList();
        var responses = await db.AutoResponses.AsNoTracking().Where(r => wanted.Contains(r.Id))
            .Select(r => new { r.Id, r.Name, r.TypeId, r.ValidId }).ToListAsync(cancellationToken);
        var errors = new FieldErrors();
        foreach (var missing in wanted.Except(responses.Select(r => r.Id)))
            errors.Add("autoResponseIds", $"Auto response {missing} does not exist.");
        foreach (var invalid in responses.Where(r => r.ValidId != Validity.Valid))
            errors.Add("autoResponseIds", $"Auto response '{invalid.Name}' is not valid.");
        foreach (var clash in responses.GroupBy(r => r.TypeId).Where(g => g.Count() > 1))
            errors.Add("autoResponseIds", $"A queue has one auto response per type: {string.Join(" and ", clash.Select(r => $"'{r.Name}'"))} are of the same type.");
        errors.ThrowIfAny();

        var current = await db.QueueAutoResponses.Where(qa => qa.QueueId == request.QueueId).ToListAsync(cancellationToken);
        db.QueueAutoResponses.RemoveRange(current.Where(qa => !wanted.Contains(qa.AutoResponseId)));
        db.QueueAutoResponses.AddRange(wanted.Where(id => current.All(qa => qa.AutoResponseId != id))
            .Select(id => new QueueAutoResponse { QueueId = request.QueueId, AutoResponseId = id }));
        await db.SaveChangesAsync(cancellationToken);
        return await Handle(new GetQueueAutoResponsesQuery(request.QueueId), cancellationToken);
    }

    private async Task<string> QueueNameAsync(int queueId, CancellationToken ct) =>
        await db.Queues.Where(q => q.Id == queueId).Select(q => q.Name).FirstOrDefaultAsync(ct)
        ?? throw new NotFoundException($"Queue {queueId} was not found.");
}

public sealed class SetQueueAutoResponsesValidator : AbstractValidator<SetQueueAutoResponsesCommand>
{
    public SetQueueAutoResponsesValidator()
    {
        RuleFor(x => x.AutoResponseIds).NotNull().Must(ids => ids is null || ids.Count <= 50).WithMessage("At most 50 auto responses.");
    }
}
