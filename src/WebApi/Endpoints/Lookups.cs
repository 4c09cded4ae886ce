using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Features.Lookups;
using GoTrs.Application.Features.Queues.GetQueueOverview;
using GoTrs.Domain.Permissions;
using GoTrs.WebApi.Infrastructure;

namespace GoTrs.WebApi.Endpoints;

/// <summary>Read-only lookup lists, cached on the server and revalidated by ETag.</summary>
public static class Lookups
{
    public static void MapLookupEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Lookups").AddEndpointFilter<ETagFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/queues", async (ISender s, CancellationToken ct, string permission = Permission.Ro) =>
                TypedResults.Ok(await s.Send(new GetQueuesQuery(permission), ct)))
            .WithName("GetQueues")
            .WithSummary("Valid queues in which the caller holds 'permission' (ro = may see, the default; create, move_into, note, owner, priority, rw).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/states", async (ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new GetStatesQuery(), ct)))
            .WithName("GetStates").WithSummary("Valid ticket states with their state types.");
        group.MapGet("/priorities", async (ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new GetPrioritiesQuery(), ct)))
            .WithName("GetPriorities").WithSummary("Valid ticket priorities.");
        group.MapGet("/types", async (ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new GetTypesQuery(), ct)))
            .WithName("GetTypes").WithSummary("Valid ticket types.");
        group.MapGet("/services", async (ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new GetServicesQuery(), ct)))
            .WithName("GetServices").WithSummary("Valid services.");
        group.MapGet("/slas", async (ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new GetSlasQuery(), ct)))
            .WithName("GetSlas").WithSummary("Valid SLAs with the services they apply to.");

        api.MapGet("/queues/overview", async (ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(new GetQueueOverviewQuery(), ct)))
            .WithTags("Lookups").RequireAuthorization(Policies.Agent)
            .WithName("GetQueueOverview")
            .WithSummary("The queues the agent may see with their non-archived ticket counts by state type.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
