namespace GoTrs.Application.Common.Models;

/// <summary>The list shape of the API: <c>{items, page, pageSize, total}</c>.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>Paging input: page from 1, page size 1–100 (default 25).</summary>
public sealed record Paging(int Page = 1, int PageSize = 25)
{
    public const int MaxPageSize = 100;

    public int Skip => (Page - 1) * PageSize;
}
