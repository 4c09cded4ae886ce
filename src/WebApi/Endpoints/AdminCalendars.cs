using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Features.Admin.Calendars;
using GoTrs.WebApi.Infrastructure;

namespace GoTrs.WebApi.Endpoints;

/// <summary>Business-hours calendars used by queues and SLAs for escalation (admins only).</summary>
public static class AdminCalendars
{
    public static void MapAdminCalendarEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/admin/calendars").WithTags("Admin").RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListCalendarsQuery(), ct)))
            .WithName("ListCalendars").WithSummary("All calendars.");
        group.MapPost("", (SaveCalendarCommand body, ISender sender, CancellationToken ct) =>
                sender.SendCreatedAsync(body with { Id = null }, created => $"/api/v1/admin/calendars/{created.Id}", ct))
            .WithName("CreateCalendar").WithSummary("Create a calendar: time zone, working hours per weekday, holidays.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:int}", async (int id, SaveCalendarCommand body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(body with { Id = id }, ct)))
            .WithName("UpdateCalendar").WithSummary("Replace a calendar.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.SendNoContentAsync(new DeleteCalendarCommand(id), ct))
            .WithName("DeleteCalendar").WithSummary("Delete a calendar (queues and SLAs naming it fall back to 24/7).")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
