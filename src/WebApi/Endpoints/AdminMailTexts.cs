using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Features.Admin.AutoResponses;
using GoTrs.Application.Features.Admin.QueueAutoResponses;
using GoTrs.Application.Features.Admin.SystemAddresses;
using GoTrs.Application.Features.Admin.TextBlocks;

namespace GoTrs.WebApi.Endpoints;

/// <summary>The body of POST and PUT for salutations and signatures.</summary>
public sealed record TextBlockRequest(string? Name, string? Text, string? ContentType, string? Comments, int? ValidId)
{
    public SaveTextBlockCommand ToCommand(TextBlockKind kind, int? id) => new(kind, id, Name, Text, ContentType, Comments, ValidId);
}

/// <summary>The body of PUT /admin/queues/{id}/auto-responses: the auto responses the queue sends, at most one per type.</summary>
public sealed record QueueAutoResponsesRequest(IReadOnlyList<int>? AutoResponseIds);

/// <summary>What outgoing mail is made of (admins only): system addresses, salutations, signatures, auto responses per queue.</summary>
public static class AdminMailTexts
{
    public static void MapAdminMailTextEndpoints(this RouteGroupBuilder admin)
    {
        admin.MapAdminTable(new AdminTable<SystemAddressDto, SaveSystemAddressCommand>(
            "system-addresses", "SystemAddress", "SystemAddresses", "system address (value0 the address, value1 the display name)",
            p => new ListSystemAddressesQuery(p), id => new GetSystemAddressQuery(id), (body, id) => body with { Id = id },
            id => new DeleteSystemAddressCommand(id), created => created.Id, "queue or auto response"));
        MapTextBlocks(admin, TextBlockKind.Salutation, "salutations", "salutation (text a queue puts before its agents' mail)");
        MapTextBlocks(admin, TextBlockKind.Signature, "signatures", "signature (text a queue puts after its agents' mail)");
        admin.MapAdminTable(new AdminTable<AutoResponseDto, SaveAutoResponseCommand>(
            "auto-responses", "AutoResponse", "AutoResponses", "auto response (subject and text sent automatically, by type)",
            p => new ListAutoResponsesQuery(p), id => new GetAutoResponseQuery(id), (body, id) => body with { Id = id },
            id => new DeleteAutoResponseCommand(id), created => created.Id, "queue"));

        admin.MapGet("/auto-response-types", async (ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new ListAutoResponseTypesQuery(), ct)))
            .WithName("ListAutoResponseTypes").WithSummary("The kinds of auto response: auto reply, auto reject, auto follow up, …");
        admin.MapGet("/queues/{id:int}/auto-responses", async (int id, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new GetQueueAutoResponsesQuery(id), ct)))
            .WithName("GetQueueAutoResponses").WithSummary("Every valid auto response type with the auto response the queue sends for it, if any.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapPut("/queues/{id:int}/auto-responses", async (int id, QueueAutoResponsesRequest body, ISender s, CancellationToken ct) =>
                TypedResults.Ok(await s.Send(new SetQueueAutoResponsesCommand(id, body.AutoResponseIds), ct)))
            .WithName("SetQueueAutoResponses").WithSummary("Replace the queue's auto responses: valid ones, at most one per type; [] removes all.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void MapTextBlocks(RouteGroupBuilder admin, TextBlockKind kind, string path, string label) =>
        admin.MapAdminTable(new AdminTable<TextBlockDto, TextBlockRequest>(
            path, kind.ToString(), kind + "s", label, p => new ListTextBlocksQuery(kind, p), id => new GetTextBlockQuery(kind, id),
            (body, id) => body.ToCommand(kind, id), id => new DeleteTextBlockCommand(kind, id), created => created.Id, "queue"));
}
