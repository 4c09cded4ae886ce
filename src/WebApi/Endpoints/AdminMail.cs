using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Features.Admin.MailAccounts;
using GoTrs.Application.Features.Admin.MailQuarantine;
using GoTrs.Application.Features.Admin.MailQueue;
using GoTrs.Application.Features.Admin.PostmasterFilters;
using GoTrs.WebApi.Infrastructure;

namespace GoTrs.WebApi.Endpoints;

/// <summary>
/// Mail administration (admins only): mail accounts, postmaster filters, the outbound queue, the quarantine, and what
/// outgoing mail is made of (<see cref="AdminMailTexts"/>).
/// </summary>
public static class AdminMail
{
    public static void MapAdminMailEndpoints(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Admin: Mail").RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        MapAccounts(admin.MapGroup("/mail-accounts"));
        MapFilters(admin.MapGroup("/postmaster-filters"));
        MapQueue(admin.MapGroup("/mail-queue"));
        MapQuarantine(admin.MapGroup("/mail-quarantine"));
        admin.MapAdminMailTextEndpoints();
    }

    private static void MapAccounts(RouteGroupBuilder accounts)
    {
        accounts.MapGet("", async (ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new ListMailAccountsQuery(), ct)))
            .WithName("ListMailAccounts").WithSummary("All mail accounts (passwords are never returned).");
        accounts.MapGet("/{id:int}", async (int id, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new GetMailAccountQuery(id), ct)))
            .WithName("GetMailAccount").ProducesProblem(StatusCodes.Status404NotFound);
        accounts.MapPost("", (SaveMailAccountCommand body, ISender s, CancellationToken ct) =>
                s.SendCreatedAsync(body with { Id = null }, created => $"/api/v1/admin/mail-accounts/{created.Id}", ct))
            .WithName("CreateMailAccount").WithSummary("Add a POP3/POP3S/IMAP/IMAPS/IMAPTLS mailbox to poll.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        accounts.MapPut("/{id:int}", async (int id, SaveMailAccountCommand body, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(body with { Id = id }, ct)))
            .WithName("UpdateMailAccount").WithSummary("Replace a mail account; omit the password to keep it.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        accounts.MapDelete("/{id:int}", (int id, ISender s, CancellationToken ct) => s.SendNoContentAsync(new DeleteMailAccountCommand(id), ct))
            .WithName("DeleteMailAccount").ProducesProblem(StatusCodes.Status404NotFound);
        accounts.MapPost("/{id:int}/test", async (int id, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new TestMailAccountCommand(id), ct)))
            .WithName("TestMailAccount").WithSummary("Connect and log in; reports how many messages wait, or why it failed.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        accounts.MapPost("/{id:int}/fetch", async (int id, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new FetchMailAccountCommand(id), ct)))
            .WithName("FetchMailAccount").WithSummary("Fetch now: counts of new tickets, follow-ups and quarantined messages.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void MapFilters(RouteGroupBuilder filters)
    {
        filters.MapGet("", async (ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new ListPostmasterFiltersQuery(), ct)))
            .WithName("ListPostmasterFilters").WithSummary("All postmaster filters in the order they run (by name).");
        filters.MapGet("/{name}", async (string name, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new GetPostmasterFilterQuery(name), ct)))
            .WithName("GetPostmasterFilter").ProducesProblem(StatusCodes.Status404NotFound);
        filters.MapPost("", (SavePostmasterFilterCommand body, ISender s, CancellationToken ct) =>
                s.SendCreatedAsync(body with { OriginalName = null }, created => $"/api/v1/admin/postmaster-filters/{Uri.EscapeDataString(created.Name)}", ct))
            .WithName("CreatePostmasterFilter").WithSummary("Match headers or Body by regex; set X-OTRS-*/X-GOTRS-* values.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        filters.MapPut("/{name}", async (string name, SavePostmasterFilterCommand body, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(body with { OriginalName = name }, ct)))
            .WithName("UpdatePostmasterFilter").ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        filters.MapDelete("/{name}", (string name, ISender s, CancellationToken ct) => s.SendNoContentAsync(new DeletePostmasterFilterCommand(name), ct))
            .WithName("DeletePostmasterFilter").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void MapQueue(RouteGroupBuilder queue)
    {
        queue.MapGet("", async (ISender s, CancellationToken ct, int page = 1, int pageSize = 25) =>
                TypedResults.Ok(await s.Send(new ListMailQueueQuery(new Paging(page, pageSize)), ct)))
            .WithName("ListMailQueue").WithSummary("Outgoing mail not yet sent, with attempts and the last SMTP error.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        queue.MapPost("/{id:long}/retry", (long id, ISender s, CancellationToken ct) => s.SendNoContentAsync(new RetryMailQueueItemCommand(id), ct))
            .WithName("RetryMailQueueItem").WithSummary("Send again at the next run, with a fresh count of attempts.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        queue.MapDelete("/{id:long}", (long id, ISender s, CancellationToken ct) => s.SendNoContentAsync(new DeleteMailQueueItemCommand(id), ct))
            .WithName("DeleteMailQueueItem").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void MapQuarantine(RouteGroupBuilder quarantine)
    {
        quarantine.MapGet("", async (ISender s, CancellationToken ct, int page = 1, int pageSize = 25) =>
                TypedResults.Ok(await s.Send(new ListQuarantineQuery(new Paging(page, pageSize)), ct)))
            .WithName("ListMailQuarantine").WithSummary("Received messages that did not become tickets or articles, newest first.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        quarantine.MapGet("/{id:long}/raw", async (long id, ISender s, CancellationToken ct) =>
                TypedResults.File(await s.Send(new DownloadQuarantinedMailQuery(id), ct), "message/rfc822", $"quarantine-{id}.eml"))
            .WithName("DownloadQuarantinedMail").WithSummary("The whole message as received.")
            .Produces(StatusCodes.Status200OK, contentType: "message/rfc822").ProducesProblem(StatusCodes.Status404NotFound);
        quarantine.MapPost("/{id:long}/retry", async (long id, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new RetryQuarantinedMailCommand(id), ct)))
            .WithName("RetryQuarantinedMail").WithSummary("Run the message through the postmaster again.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        quarantine.MapDelete("/{id:long}", (long id, ISender s, CancellationToken ct) => s.SendNoContentAsync(new DeleteQuarantinedMailCommand(id), ct))
            .WithName("DeleteQuarantinedMail").ProducesProblem(StatusCodes.Status404NotFound);
    }
}
