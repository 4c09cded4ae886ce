using System.Text.Json;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Features.Tickets.AddArticle;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Application.Features.Tickets.CreateTicket;
using GoTrs.Application.Features.Tickets.GetArticles;
using GoTrs.Application.Features.Tickets.GetAttachment;
using GoTrs.Application.Features.Tickets.GetHistory;
using GoTrs.Application.Features.Tickets.GetTicket;
using GoTrs.Application.Features.Tickets.ListTickets;
using GoTrs.Application.Features.Tickets.UpdateTicket;
using GoTrs.WebApi.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GoTrs.WebApi.Endpoints;

/// <summary>The documented JSON body of PATCH /tickets/{id}; every field is optional, null clears type/service/SLA/customer id.</summary>
public sealed record UpdateTicketRequest(
    string? Title, int? QueueId, int? StateId, DateTimeOffset? PendingUntil, int? PriorityId, int? TypeId, int? ServiceId,
    int? SlaId, int? OwnerId, int? ResponsibleId, bool? Lock, string? CustomerUser, string? CustomerId);

public static class Tickets
{
    public static void MapTicketEndpoints(this RouteGroupBuilder api)
    {
        var tickets = api.MapGroup("/tickets").WithTags("Tickets")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);

        tickets.MapPost("", async (HttpRequest http, ISender sender, CancellationToken ct) =>
            {
                var (body, files) = await RequestBody.ReadAsync<CreateTicketCommand>(http, "ticket", ct);
                var command = body.Article is null ? body : body with { Article = body.Article with { Attachments = [.. body.Article.Attachments ?? [], .. files] } };
                var created = await sender.Send(command, ct);
                return TypedResults.Created($"/api/v1/tickets/{created.Id}", created);
            })
            .Accepts<CreateTicketCommand>("application/json", "multipart/form-data")
            .WithName("CreateTicket").WithSummary("Create a ticket with its first article (JSON, or multipart with the JSON in field 'ticket' and files as attachments). An agent's first article with channel \"email\" that the customer may see is sent as mail, as a reply is: to `to` (default the customer user's address), cc, bcc.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        tickets.MapGet("", async ([AsParameters] TicketListParameters p, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(p.ToQuery(), ct)))
            .WithName("ListTickets").WithSummary("List and search tickets the caller may see.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        tickets.MapGet("/{ticket}", async (string ticket, HttpResponse response, ISender sender, CancellationToken ct,
                int articlePage = 1, int articlePageSize = 25, string articleOrder = "asc") =>
            {
                var zoom = await sender.Send(new GetTicketQuery(ticket, articlePage, articlePageSize, articleOrder == "desc"), ct);
                response.Headers.ETag = zoom.Ticket.Version;
                return TypedResults.Ok(zoom);
            })
            .WithName("GetTicket").WithSummary("The ticket zoom by id or ticket number: ticket, customer, dynamic fields, articles, permissions. The ETag is the ticket's version.");

        tickets.MapMethods("/{ticket}", ["PATCH"], async (string ticket, [FromBody] JsonElement body, HttpRequest request,
                HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var updated = await sender.Send(new UpdateTicketCommand(ticket, TicketChanges.Read(body), request.Headers.IfMatch.ToString()), ct);
                response.Headers.ETag = updated.Version;
                return TypedResults.Ok(updated);
            })
            .Accepts<UpdateTicketRequest>("application/json")
            .WithName("UpdateTicket").WithSummary("Change ticket attributes. Send If-Match with the ETag from GET; a stale one gets 409.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        tickets.MapGet("/{ticket}/articles", async (string ticket, ISender sender, CancellationToken ct,
                int page = 1, int pageSize = 25, string order = "asc") =>
                TypedResults.Ok(await sender.Send(new GetArticlesQuery(ticket, page, pageSize, order == "desc"), ct)))
            .WithName("GetArticles").WithSummary("A page of the ticket's articles.");

        tickets.MapPost("/{ticket}/articles", async (string ticket, HttpRequest http, ISender sender, CancellationToken ct) =>
            {
                var (body, files) = await RequestBody.ReadAsync<AddArticleRequest>(http, "article", ct);
                var created = await sender.Send(body.ToCommand(ticket, files), ct);
                return TypedResults.Created($"/api/v1/tickets/{created.TicketId}/articles/{created.Id}", created);
            })
            .Accepts<AddArticleRequest>("application/json", "multipart/form-data")
            .WithName("AddArticle").WithSummary("Add an internal or external note, a phone note, an e-mail reply (channel \"email\": sent to `to`, default the ticket's customer, with cc/bcc, through the mail queue) or (customers) a follow-up; optionally with the next state.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        tickets.MapGet("/{ticket}/articles/{articleId:long}/attachments/{attachmentId:long}",
                async (string ticket, long articleId, long attachmentId, ISender sender, CancellationToken ct) =>
                {
                    var file = await sender.Send(new GetAttachmentQuery(ticket, articleId, attachmentId), ct);
                    return TypedResults.File(file.Content, file.ContentType, file.FileName);
                })
            .WithName("GetAttachment").WithSummary("Download an attachment (always as a download, never rendered inline).")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream");

        tickets.MapGet("/{ticket}/history", async (string ticket, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetHistoryQuery(ticket), ct)))
            .WithName("GetTicketHistory").WithSummary("The ticket's history, oldest first (agents only).")
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}

/// <summary>The body of POST /tickets/{id}/articles.</summary>
public sealed record AddArticleRequest(
    string? Subject, string? Body, string? ContentType, string? Channel, string? SenderType, bool? IsVisibleForCustomer,
    string? From, string? To, string? Cc, decimal? TimeUnits, IReadOnlyList<NewAttachment>? Attachments,
    int? NextStateId, DateTimeOffset? PendingUntil, string? Bcc = null)
{
    public AddArticleCommand ToCommand(string ticket, IReadOnlyList<NewAttachment> files) => new(
        ticket,
        new ArticleInput(Subject, Body, ContentType, Channel, SenderType, IsVisibleForCustomer, From, To, Cc, TimeUnits,
            [.. Attachments ?? [], .. files], Bcc),
        NextStateId, PendingUntil);
}
