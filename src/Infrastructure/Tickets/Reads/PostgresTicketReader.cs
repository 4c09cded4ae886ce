using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Application.Features.Tickets.GetTicket;
using GoTrs.Application.Features.Tickets.ListTickets;
using System.Text;
using GoTrs.Domain.Articles;
using GoTrs.Domain.Common;
using GoTrs.Infrastructure.Persistence;
using Npgsql;

namespace GoTrs.Infrastructure.Tickets.Reads;

/// <summary>Ticket lists and the zoom as hand-written SQL, each read on one pooled connection (ADR 0059).</summary>
public sealed class PostgresTicketReader(NpgsqlDataSource dataSource) : ITicketReader
{
    public async Task<TicketListPage> ListAsync(ListTicketsQuery query, TicketScope scope, int countLimit, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);

        var countArgs = new SqlArguments();
        var countWhere = TicketListSql.Where(query, scope, countArgs, fewTextMatches: false);
        await using var count = countArgs.Command(connection,
            $"SELECT count(*)::int FROM (SELECT 1 FROM ticket t WHERE {countWhere} LIMIT {countLimit + 1}) c");
        var counted = (int)(await count.ExecuteScalarAsync(ct))!;

        var paging = new Paging(query.Page, query.PageSize);
        if (counted <= countLimit && paging.Skip >= counted) return new TicketListPage(counted, []);

        // The page's ids first, from the ticket indexes alone where they can serve; names only for those rows.
        var args = new SqlArguments();
        var where = TicketListSql.Where(query, scope, args, fewTextMatches: counted <= countLimit);
        await using var page = args.Command(connection, $"""
            SELECT {TicketSummarySql.Columns}
            FROM unnest(ARRAY(SELECT t.id FROM ticket t WHERE {where}
                              ORDER BY {TicketListSql.OrderBy(TicketSorting.Parse(query.Sort))}
                              LIMIT {paging.PageSize} OFFSET {paging.Skip})) WITH ORDINALITY AS p(id, n)
            JOIN ticket t ON t.id = p.id
            ORDER BY p.n
            """);
        var items = new List<TicketSummaryDto>(paging.PageSize);
        await using (var reader = await page.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) items.Add(TicketSummarySql.Read(reader).Ticket);
        return new TicketListPage(counted, items);
    }

    public async Task<TicketZoomHead?> ZoomHeadAsync(TicketLocator locator, int agentId, bool customerOnly, CancellationToken ct)
    {
        var args = new SqlArguments();
        string match;
        if (locator.Id is { } id)
        {
            var idArg = args.Add(id);
            match = $"t.id = {idArg} OR t.tn = {args.Add(locator.Number)} ORDER BY t.id = {idArg} DESC";
        }
        else match = $"t.tn = {args.Add(locator.Number)}";
        var visibleArticles = customerOnly ? " AND a.is_visible_for_customer = 1" : "";

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = args.Command(connection, $"""
            SELECT {TicketSummarySql.Columns},
                   c.login, c.first_name, c.last_name, c.email, c.phone, c.customer_id,
                   (SELECT co.name FROM customer_company co WHERE co.customer_id = c.customer_id),
                   coalesce((SELECT sum(ta.time_unit) FROM time_accounting ta WHERE ta.ticket_id = t.id), 0),
                   EXISTS (SELECT 1 FROM ticket_watcher w WHERE w.ticket_id = t.id AND w.user_id = {args.Add(agentId)}),
                   (SELECT count(*)::int FROM article a WHERE a.ticket_id = t.id{visibleArticles})
            FROM ticket t LEFT JOIN customer_user c ON c.login = t.customer_user_id
            WHERE {match}
            LIMIT 1
            """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        var (ticket, groupId) = TicketSummarySql.Read(reader);
        const int n = TicketSummarySql.Count;
        var customer = reader.IsDBNull(n)
            ? null
            : new CustomerInfoDto(reader.GetString(n), reader.GetString(n + 1), reader.GetString(n + 2), reader.GetString(n + 3),
                TicketSummarySql.Text(reader, n + 4), reader.GetString(n + 5), TicketSummarySql.Text(reader, n + 6));
        return new TicketZoomHead(ticket, groupId, customer, reader.GetDecimal(n + 7), reader.GetBoolean(n + 8), reader.GetInt32(n + 9));
    }

    public async Task<IReadOnlyList<ArticleDto>> ArticlesAsync(
        long ticketId, bool customerOnly, Paging paging, bool newestFirst, CancellationToken ct)
    {
        var visible = customerOnly ? " AND a.is_visible_for_customer = 1" : "";
        var order = newestFirst ? "DESC" : "ASC";
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var args = new SqlArguments();
        await using var command = args.Command(connection, $"""
            SELECT a.id, a.communication_channel_id, st.name, a.is_visible_for_customer, a.create_time, a.create_by,
                   m.a_from, m.a_to, m.a_cc, m.a_subject, m.a_body
            FROM article a
            JOIN article_sender_type st ON st.id = a.article_sender_type_id
            LEFT JOIN article_data_mime m ON m.article_id = a.id
            WHERE a.ticket_id = {args.Add(ticketId)}{visible}
            ORDER BY a.id {order}
            LIMIT {paging.PageSize} OFFSET {paging.Skip}
            """);
        var rows = new List<ArticleRow>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                rows.Add(new ArticleRow(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt32(3) == 1,
                    TicketSummarySql.Utc(reader.GetDateTime(4)), reader.GetInt32(5), TicketSummarySql.Text(reader, 6),
                    TicketSummarySql.Text(reader, 7), TicketSummarySql.Text(reader, 8), TicketSummarySql.Text(reader, 9),
                    TicketSummarySql.Text(reader, 10)));
        if (rows.Count == 0) return [];

        var files = new List<FileRow>();
        var fileArgs = new SqlArguments();
        // Only the HTML body travels with the page; other contents are downloaded one by one.
        await using (var command2 = fileArgs.Command(connection, $"""
            SELECT f.id, f.article_id, f.filename, f.content_type, f.content_size, f.content_id, f.disposition,
                   CASE WHEN f.filename = '{ArticleContent.HtmlBodyFileName}' THEN f.content END
            FROM article_data_mime_attachment f
            WHERE f.article_id = ANY({fileArgs.Add(rows.Select(r => r.Id).ToArray())})
            ORDER BY f.id
            """))
        await using (var reader = await command2.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                files.Add(new FileRow(reader.GetInt64(0), reader.GetInt64(1), TicketSummarySql.Text(reader, 2),
                    TicketSummarySql.Text(reader, 3), TicketSummarySql.Text(reader, 4), TicketSummarySql.Text(reader, 5),
                    TicketSummarySql.Text(reader, 6), TicketSummarySql.Text(reader, 7)));

        return rows.Select(r =>
        {
            var mine = files.Where(f => f.ArticleId == r.Id).ToList();
            var htmlBody = mine.FirstOrDefault(f => ArticleContent.IsHtmlBody(f.Filename, f.ContentType, f.Disposition));
            return new ArticleDto(r.Id, Channels.NameOf(r.ChannelId), r.SenderType, r.IsVisibleForCustomer, r.From, r.To, r.Cc,
                r.Subject, r.Body, htmlBody?.Content is { } html ? Encoding.UTF8.GetString(Base64TextConverter.Decode(html)) : null,
                r.Created, r.CreatedBy,
                mine.Where(f => f != htmlBody).Select(f => new AttachmentDto(f.Id, f.Filename ?? "attachment", f.ContentType,
                    long.TryParse(f.ContentSize, out var size) ? size : 0, f.ContentId, f.Disposition ?? "attachment")).ToList());
        }).ToList();
    }

    public async Task<IReadOnlyList<DynamicFieldDto>> DynamicFieldsAsync(long ticketId, CancellationToken ct)
    {
        var args = new SqlArguments();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = args.Command(connection, $"""
            SELECT f.name, f.label, f.field_type, v.value_text, v.value_int, v.value_date
            FROM dynamic_field_value v JOIN dynamic_field f ON f.id = v.field_id
            WHERE v.object_id = {args.Add(ticketId)} AND f.object_type = 'Ticket' AND f.valid_id = {Validity.Valid}
            ORDER BY f.field_order, f.name, v.id
            """);
        var values = new List<(string Name, string Label, string FieldType, object? Value)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                var fieldType = reader.GetString(2);
                long? number = reader.IsDBNull(4) ? null : reader.GetInt64(4);
                DateTime? date = reader.IsDBNull(5) ? null : TicketSummarySql.Utc(reader.GetDateTime(5));
                values.Add((reader.GetString(0), reader.GetString(1), fieldType, fieldType switch
                {
                    "Checkbox" => number == 1,
                    "Date" or "DateTime" => date,
                    _ => TicketSummarySql.Text(reader, 3) ?? (object?)number,
                }));
            }
        return values.GroupBy(v => (v.Name, v.Label, v.FieldType))
            .Select(g => new DynamicFieldDto(g.Key.Name, g.Key.Label, g.Key.FieldType, g.Select(v => v.Value).ToList()))
            .ToList();
    }

    private sealed record ArticleRow(
        long Id, long ChannelId, string SenderType, bool IsVisibleForCustomer, DateTime Created, int CreatedBy,
        string? From, string? To, string? Cc, string? Subject, string? Body);

    private sealed record FileRow(
        long Id, long ArticleId, string? Filename, string? ContentType, string? ContentSize, string? ContentId,
        string? Disposition, string? Content);
}
