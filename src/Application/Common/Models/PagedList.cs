namespace GoTrs.Application.Common.Models;

/// <summary>
/// The list shape of the API: <c>{items, page, pageSize, total}</c>. Where counting every match would cost more than
/// the page itself, <see cref="Total"/> stops at a limit and <see cref="TotalIsLowerBound"/> says there are more.
/// </summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, bool TotalIsLowerBound = false);

/// <summary>Paging input: page from 1, page size 1–100 (default 25).</summary>
public sealed record Paging(int Page = 1, int PageSize = 25)
{
    public const int MaxPageSize = 100;

    public int Skip => (Page - 1) * PageSize;
}
