using System.Linq.Expressions;
using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Models;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Admin.Common;

/// <summary>What the admin tables of OTRS share: an int <c>id</c>, paged lists, and rows that others refer to.</summary>
public static class AdminRows
{
    public static async Task<PagedList<TDto>> PageAsync<T, TDto>(
        IQueryable<T> ordered, Expression<Func<T, TDto>> toDto, Paging paging, CancellationToken ct)
    {
        var items = await ordered.Skip(paging.Skip).Take(paging.PageSize).Select(toDto).ToListAsync(ct);
        return new PagedList<TDto>(items, paging.Page, paging.PageSize, await ordered.CountAsync(ct));
    }

    /// <param name="what">The row's kind as a sentence starts it: "Salutation".</param>
    public static async Task<T> FindAsync<T>(IQueryable<T> rows, int id, string what, CancellationToken ct) =>
        await rows.FirstOrDefaultAsync(r => EF.Property<int>(r!, "Id") == id, ct) ?? throw NotFound(what, id);

    /// <summary>
    /// Deletes a row nothing refers to. OTRS's admin screens never delete these rows, they set them invalid; a row
    /// still in use gets a conflict that names its users and says so, instead of a foreign-key error.
    /// </summary>
    public static async Task DeleteAsync<T>(IQueryable<T> rows, int id, string what, IReadOnlyList<string> usedBy, CancellationToken ct)
    {
        if (usedBy.Count > 0)
            throw new ConflictException($"{what} {id} is used by {string.Join(", ", usedBy)}. Set it invalid (validId 2) instead of deleting it.");
        if (await rows.Where(r => EF.Property<int>(r!, "Id") == id).ExecuteDeleteAsync(ct) == 0) throw NotFound(what, id);
    }

    private static NotFoundException NotFound(string what, int id) => new($"{what} {id} was not found.");
}
