using System.Text.Json;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Features.Tickets.AccountTime;
using GoTrs.Application.Features.Tickets.BulkUpdate;
using GoTrs.Application.Features.Tickets.Links;
using GoTrs.Application.Features.Tickets.MergeTicket;
using GoTrs.Application.Features.Tickets.Watchers;
using Microsoft.AspNetCore.Mvc;

namespace GoTrs.WebApi.Endpoints;

public sealed record MergeRequest(string? IntoTicket);

public sealed record LinkRequest(string? TargetTicket, string? Type, string? Role);

public sealed record WatchRequest(int? UserId);

public sealed record TimeAccountingRequest(decimal? TimeUnits, long? ArticleId);

/// <summary>The documented body of POST /tickets/bulk: the ids, plus any PATCH fields and/or mergeInto.</summary>
public sealed record BulkRequest(
    long[] TicketIds, int? StateId, DateTimeOffset? PendingUntil, int? PriorityId, int? QueueId, int? OwnerId, bool? Lock,
    string? MergeInto);

/// <summary>Merge, links, watchers, time accounting and bulk actions.</summary>
public static class TicketRelations
{
    public static void MapTicketRelationEndpoints(this RouteGroupBuilder api)
    {
        var tickets = api.MapGroup("/tickets").WithTags("Tickets")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        tickets.MapPost("/bulk", async ([FromBody] JsonElement body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(BulkUpdateCommand.Read(body), ct)))
            .Accepts<BulkRequest>("application/json")
            .WithName("BulkUpdateTickets").WithSummary("Apply a change or a merge to many tickets; the result lists what happened per ticket.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        tickets.MapPost("/{ticket}/merge", async (string ticket, MergeRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new MergeTicketCommand(ticket, body.IntoTicket), ct);
                return TypedResults.NoContent();
            })
            .WithName("MergeTicket").WithSummary("Merge this ticket into another (rw on both).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);

        tickets.MapGet("/{ticket}/links", async (string ticket, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetLinksQuery(ticket), ct)))
            .WithName("GetTicketLinks").WithSummary("Tickets linked to this one that the caller may see.");
        tickets.MapPost("/{ticket}/links", async (string ticket, LinkRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new AddLinkCommand(ticket, body.TargetTicket, body.Type ?? "Normal", body.Role), ct);
                return TypedResults.NoContent();
            })
            .WithName("AddTicketLink").WithSummary("Link another ticket (Normal, or ParentChild with role parent/child).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        tickets.MapDelete("/{ticket}/links/{other}", async (string ticket, string other, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemoveLinkCommand(ticket, other), ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveTicketLink").WithSummary("Remove the links between two tickets.");

        tickets.MapGet("/{ticket}/watchers", async (string ticket, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetWatchersQuery(ticket), ct)))
            .WithName("GetTicketWatchers").WithSummary("Agents watching the ticket.");
        tickets.MapPost("/{ticket}/watchers", async (string ticket, WatchRequest? body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new WatchTicketCommand(ticket, body?.UserId), ct);
                return TypedResults.NoContent();
            })
            .WithName("WatchTicket").WithSummary("Watch the ticket (yourself by default).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        tickets.MapDelete("/{ticket}/watchers/{userId:int}", async (string ticket, int userId, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new UnwatchTicketCommand(ticket, userId), ct);
                return TypedResults.NoContent();
            })
            .WithName("UnwatchTicket").WithSummary("Stop a watch.");

        tickets.MapGet("/{ticket}/time-accounting", async (string ticket, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetTimeAccountingQuery(ticket), ct)))
            .WithName("GetTimeAccounting").WithSummary("Time booked on the ticket, per entry and in total.");
        tickets.MapPost("/{ticket}/time-accounting", async (string ticket, TimeAccountingRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new AddTimeAccountingCommand(ticket, body.TimeUnits, body.ArticleId), ct)))
            .WithName("AddTimeAccounting").WithSummary("Book time units on the ticket (note or rw).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
