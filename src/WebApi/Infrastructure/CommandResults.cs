using GoTrs.Application.Common.Messaging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GoTrs.WebApi.Infrastructure;

/// <summary>
/// What an endpoint answers once its command went through: 204, or 201 with a Location. A command that fails throws a
/// typed exception which the ProblemDetails handler turns into 400, 404 or 409; endpoints only declare those.
/// </summary>
public static class CommandResults
{
    public static async Task<NoContent> SendNoContentAsync(this ISender sender, IRequest<Unit> command, CancellationToken ct)
    {
        await sender.Send(command, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Created<T>> SendCreatedAsync<T>(this ISender sender, IRequest<T> command, Func<T, string> location, CancellationToken ct)
    {
        var created = await sender.Send(command, ct);
        return TypedResults.Created(location(created), created);
    }
}
