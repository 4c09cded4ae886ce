using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Features.Agents.SearchAgents;
using GoTrs.Application.Features.CustomerUsers.GetCustomerUser;
using GoTrs.Application.Features.CustomerUsers.SearchCustomerUsers;
using GoTrs.WebApi.Infrastructure;

namespace GoTrs.WebApi.Endpoints;

/// <summary>Customer users and agents for the agent screens' pickers (autocomplete, owner, responsible).</summary>
public static class People
{
    public static void MapPeopleEndpoints(this RouteGroupBuilder api)
    {
        var customers = api.MapGroup("/customer-users").WithTags("Customer users").RequireAuthorization(Policies.Agent)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        customers.MapGet("", async (ISender sender, CancellationToken ct, string? search = null, int limit = 20) =>
                TypedResults.Ok(await sender.Send(new SearchCustomerUsersQuery(search, limit), ct)))
            .WithName("SearchCustomerUsers")
            .WithSummary("Valid customer users whose login, name, e-mail or customer id contain every word of 'search' (case-insensitive); best matches first.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        customers.MapGet("/{login}", async (string login, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetCustomerUserQuery(login), ct)))
            .WithName("GetCustomerUser").WithSummary("One customer user by login.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/agents", async (ISender sender, CancellationToken ct, string? search = null, int? queueId = null,
                string permission = "ro", int limit = 50) =>
                TypedResults.Ok(await sender.Send(new SearchAgentsQuery(search, queueId, permission, limit), ct)))
            .WithTags("Agents").RequireAuthorization(Policies.Agent)
            .WithName("SearchAgents")
            .WithSummary("Valid agents matching 'search'; with queueId only those holding 'permission' (or rw) on the queue's group, directly or through roles.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
