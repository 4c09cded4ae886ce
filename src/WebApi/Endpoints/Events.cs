using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Features.Events;
using GoTrs.Application.Features.Events.StreamTicketEvents;
using GoTrs.WebApi.Infrastructure;

namespace GoTrs.WebApi.Endpoints;

/// <summary>Live ticket events as Server-Sent Events (ADR 0030).</summary>
public static class Events
{
    public const string LastEventIdHeader = "Last-Event-ID";

    public static void MapEventEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/events", async (HttpRequest request, ISender sender, CancellationToken ct, string? lastEventId = null) =>
            {
                var resumeAfter = request.Headers.TryGetValue(LastEventIdHeader, out var header) ? header.ToString() : lastEventId;
                return new TicketEventStreamResult(await sender.Send(new StreamTicketEventsQuery(resumeAfter), ct));
            })
            .WithTags("Events")
            .WithName("StreamEvents")
            .WithSummary("Server-Sent Events (text/event-stream) for the tickets the caller may see: 'id: <eventId>', 'event: ticket', 'data: <TicketEvent JSON>'; a comment every 15 s. Resume with the Last-Event-ID header or ?lastEventId=.")
            .Produces<TicketEventDto>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized);
}
