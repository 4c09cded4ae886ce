using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Features.Auth.GetMe;

namespace GoTrs.WebApi.Endpoints;

public static class Me
{
    public static void MapMeEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/me", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetMeQuery(), ct)))
            .WithTags("Auth")
            .WithName("GetMe")
            .WithSummary("The caller with groups, roles and effective permissions.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
