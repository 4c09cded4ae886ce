using GoTrs.Application.Common.Interfaces;
using Npgsql;

namespace GoTrs.Infrastructure.Tickets;

/// <summary>Draws ids from the serial sequences of OTRS tables (pg_get_serial_sequence), all in one statement.</summary>
public sealed class SequenceIdAllocator(NpgsqlDataSource dataSource) : IIdAllocator
{
    private static readonly HashSet<string> Allowed = ["ticket", "article", "ticket_history", "article_data_mime"];

    public async Task<IReadOnlyList<long>> NextIdsAsync(IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        // Table names become SQL text, so only known names are accepted.
        foreach (var table in tables)
            if (!Allowed.Contains(table)) throw new ArgumentException($"No id allocation for table '{table}'.", nameof(tables));
        var columns = string.Join(", ", tables.Select(t => $"nextval(pg_get_serial_sequence('{t}', 'id'))"));
        await using var command = dataSource.CreateCommand($"SELECT {columns}");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return Enumerable.Range(0, tables.Count).Select(reader.GetInt64).ToList();
    }
}
