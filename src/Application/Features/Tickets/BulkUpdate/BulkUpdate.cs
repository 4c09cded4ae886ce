using System.Text.Json;
using FluentValidation;
using System.Text.Json.Nodes;
using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Features.Tickets.MergeTicket;
using GoTrs.Application.Features.Tickets.UpdateTicket;
using Microsoft.Extensions.DependencyInjection;
using ValidationException = GoTrs.Application.Common.Exceptions.ValidationException;

namespace GoTrs.Application.Features.Tickets.BulkUpdate;

public sealed record BulkItemResult(long TicketId, int Status, string? Error);

public sealed record BulkResult(int Succeeded, int Failed, IReadOnlyList<BulkItemResult> Results);

/// <summary>
/// Applies the same change (state, pending time, priority, queue, owner, lock…) or a merge to many tickets. Each ticket
/// is its own unit of work with its own permission check; the result says per ticket what happened.
/// </summary>
public sealed record BulkUpdateCommand(IReadOnlyList<long> TicketIds, TicketChanges Changes, string? MergeInto) : IRequest<BulkResult>
{
    public const int MaxTickets = 500;

    /// <summary>Reads <c>{ticketIds: [...], mergeInto?, …ticket fields as in PATCH}</c>.</summary>
    public static BulkUpdateCommand Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object) throw new ValidationException("body", "Send a JSON object.");
        var node = JsonNode.Parse(body.GetRawText())!.AsObject();
        var ids = node["ticketIds"] is JsonArray array
            ? array.Select(v => v is JsonValue value && value.TryGetValue<long>(out var id) ? id
                : throw new ValidationException("ticketIds", "Give ticket ids as numbers.")).Distinct().ToList()
            : throw new ValidationException("ticketIds", "Give the ticket ids in an array.");
        var mergeInto = node["mergeInto"]?.ToString();
        node.Remove("ticketIds");
        node.Remove("mergeInto");
        var changes = TicketChanges.Read(JsonSerializer.SerializeToElement(node));
        return new BulkUpdateCommand(ids, changes, mergeInto);
    }
}

public sealed class BulkUpdateValidator : AbstractValidator<BulkUpdateCommand>
{
    public BulkUpdateValidator()
    {
        RuleFor(x => x.TicketIds).Must(ids => ids.Count is > 0 and <= BulkUpdateCommand.MaxTickets)
            .WithMessage($"Give 1 to {BulkUpdateCommand.MaxTickets} ticket ids.");
        RuleFor(x => x).Must(c => c.MergeInto is not null || !c.Changes.IsEmpty)
            .WithName("body").WithMessage("Give something to change or mergeInto.");
    }
}

public sealed class BulkUpdateHandler(IServiceScopeFactory scopes) : IRequestHandler<BulkUpdateCommand, BulkResult>
{
    public async Task<BulkResult> Handle(BulkUpdateCommand request, CancellationToken cancellationToken)
    {
        var results = new List<BulkItemResult>();
        foreach (var id in request.TicketIds)
        {
            // A fresh scope per ticket: one ticket's failure leaves nothing half-applied for the next.
            await using var scope = scopes.CreateAsyncScope();
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            try
            {
                if (!request.Changes.IsEmpty)
                    await sender.Send(new UpdateTicketCommand(id.ToString(), request.Changes, null), cancellationToken);
                if (request.MergeInto is not null)
                    await sender.Send(new MergeTicketCommand(id.ToString(), request.MergeInto), cancellationToken);
                results.Add(new BulkItemResult(id, 200, null));
            }
            catch (Exception ex) when (StatusOf(ex) is { } status)
            {
                results.Add(new BulkItemResult(id, status, ex is ValidationException v
                    ? string.Join(" ", v.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))
                    : ex.Message));
            }
        }
        return new BulkResult(results.Count(r => r.Status == 200), results.Count(r => r.Status != 200), results);
    }

    private static int? StatusOf(Exception ex) => ex switch
    {
        ValidationException => 400,
        ForbiddenException => 403,
        NotFoundException => 404,
        ConflictException => 409,
        _ => null,
    };
}
