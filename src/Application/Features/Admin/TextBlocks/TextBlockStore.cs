using System.Linq.Expressions;
using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Features.Admin.Common;
using GoTrs.Domain.Articles;
using GoTrs.Domain.Common;
using GoTrs.Domain.Queues;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Admin.TextBlocks;

/// <summary>The admin use cases of one kind of text block; salutations and signatures differ only in table and queue column.</summary>
public sealed class TextBlockStore<T>(IAppDbContext db, DbSet<T> blocks, string what, Func<int, Expression<Func<Queue, bool>>> usedByQueue)
    where T : TextBlock, new()
{
    private static readonly Expression<Func<T, TextBlockDto>> ToDto = b => new TextBlockDto(b.Id, b.Name, b.Text, b.ContentType, b.Comments, b.ValidId);
    private static readonly Func<T, TextBlockDto> Map = ToDto.Compile();

    public Task<PagedList<TextBlockDto>> ListAsync(Paging paging, CancellationToken ct) =>
        AdminRows.PageAsync(blocks.AsNoTracking().OrderBy(b => b.Name).ThenBy(b => b.Id), ToDto, paging, ct);

    public async Task<TextBlockDto> GetAsync(int id, CancellationToken ct) => Map(await AdminRows.FindAsync(blocks.AsNoTracking(), id, what, ct));

    public async Task<TextBlockDto> SaveAsync(SaveTextBlockCommand input, CancellationToken ct)
    {
        var block = input.Id is { } id ? await AdminRows.FindAsync(blocks, id, what, ct) : blocks.Add(new T()).Entity;
        var name = input.Name!.Trim();
        if (await blocks.AnyAsync(b => b.Name == name && b.Id != block.Id, ct))
            throw new ValidationException("name", $"A {what.ToLowerInvariant()} named '{name}' exists already.");
        block.Name = name;
        block.Text = input.Text!;
        block.ContentType = input.ContentType?.Trim() ?? ArticleContent.PlainText;
        block.Comments = input.Comments;
        block.ValidId = input.ValidId ?? Validity.Valid;
        await db.SaveChangesAsync(ct);
        return Map(block);
    }

    public async Task DeleteAsync(int id, CancellationToken ct)
    {
        var queues = await db.Queues.Where(usedByQueue(id)).OrderBy(q => q.Name).Select(q => "queue " + q.Name).ToListAsync(ct);
        await AdminRows.DeleteAsync(blocks, id, what, queues, ct);
    }
}
