using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Models;
using GoTrs.WebApi.Infrastructure;

namespace GoTrs.WebApi.Endpoints;

/// <summary>
/// An OTRS admin table with int ids as the API serves it: <c>GET ?page=&amp;pageSize=</c>, <c>GET /{id}</c>, <c>POST</c>,
/// <c>PUT /{id}</c> (replace) and <c>DELETE /{id}</c> (409 while something uses the row).
/// </summary>
/// <param name="Path">The path below /api/v1/admin: "system-addresses".</param>
/// <param name="Name">The operation id stem: "SystemAddress" (GetSystemAddress, …); <paramref name="Names"/> lists: "SystemAddresses".</param>
/// <param name="Label">The row as a summary names it: "system address".</param>
/// <param name="UsedBy">What may use a row, which keeps it from being deleted: "queue or auto response".</param>
/// <param name="Save">The command for a body: create without an id, replace with one.</param>
public sealed record AdminTable<TDto, TBody>(
    string Path, string Name, string Names, string Label, Func<Paging, IRequest<PagedList<TDto>>> List, Func<int, IRequest<TDto>> Get,
    Func<TBody, int?, IRequest<TDto>> Save, Func<int, IRequest<Unit>> Delete, Func<TDto, int> IdOf, string UsedBy);

public static class AdminTables
{
    public static void MapAdminTable<TDto, TBody>(this RouteGroupBuilder admin, AdminTable<TDto, TBody> table)
    {
        var rows = admin.MapGroup($"/{table.Path}");
        rows.MapGet("", async (ISender s, CancellationToken ct, int page = 1, int pageSize = 25) =>
                TypedResults.Ok(await s.Send(table.List(new Paging(page, pageSize)), ct)))
            .WithName($"List{table.Names}").WithSummary($"A page of {table.Path.Replace('-', ' ')}, by name.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        rows.MapGet("/{id:int}", async (int id, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(table.Get(id), ct)))
            .WithName($"Get{table.Name}").ProducesProblem(StatusCodes.Status404NotFound);
        // Handlers whose parameters are type parameters go in as Delegate: ASP.NET's route handler analyzer cannot read them.
        Delegate create = (TBody body, ISender s, CancellationToken ct) =>
            s.SendCreatedAsync(table.Save(body, null), created => $"/api/v1/admin/{table.Path}/{table.IdOf(created)}", ct);
        Delegate update = async (int id, TBody body, ISender s, CancellationToken ct) => TypedResults.Ok(await s.Send(table.Save(body, id), ct));
        rows.MapPost("", create)
            .WithName($"Create{table.Name}").WithSummary($"Add a {table.Label}.").ProducesProblem(StatusCodes.Status400BadRequest);
        rows.MapPut("/{id:int}", update)
            .WithName($"Update{table.Name}").WithSummary($"Replace a {table.Label}; validId 2 sets it invalid, as OTRS does instead of deleting.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        rows.MapDelete("/{id:int}", (int id, ISender s, CancellationToken ct) => s.SendNoContentAsync(table.Delete(id), ct))
            .WithName($"Delete{table.Name}").WithSummary($"Delete a {table.Label} that no {table.UsedBy} uses (else 409: set it invalid instead).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
