using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Tickets.Numbers;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace GoTrs.Infrastructure.Tickets;

/// <summary>
/// Ticket numbers of the configured OTRS generator. Counter-based generators keep Znuny's counter table consistent
/// (see <see cref="TicketCounterTable"/>), so GoTrs and Znuny can create tickets in the same database side by side; a
/// number already used by a ticket is skipped.
/// </summary>
public sealed class TicketNumberGenerator : ITicketNumberGenerator
{
    /// <summary>OTRS' loop protection in <c>TicketCreateNumber</c>: give up rather than spin forever on a broken table.</summary>
    public const int MaxAttempts = 16_000;

    /// <summary>Cleanup leaves the newest rows so that the next number still has a predecessor to count on from.</summary>
    public const int CleanupKeepNewest = 10;

    public static readonly TimeSpan CleanupMinAge = TimeSpan.FromMinutes(10);

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _clock;
    private readonly TicketNumberFormat _format;
    private readonly TimeZoneInfo _zone;
    private readonly TicketCounterTable _counters;

    public TicketNumberGenerator(NpgsqlDataSource dataSource, TimeProvider clock, IOptions<TicketNumberOptions> options)
    {
        _dataSource = dataSource;
        _clock = clock;
        _format = new TicketNumberFormat(options.Value);
        _zone = options.Value.ResolveTimeZone();
        _counters = new TicketCounterTable(dataSource, _format);
    }

    public Task<string> NextAsync(CancellationToken cancellationToken) =>
        _format.UsesCounter ? NextCountedAsync(cancellationToken) : NextRandomAsync(cancellationToken);

    /// <summary>
    /// Deletes spent counter rows (OTRS' <c>TicketNumberCounterCleanup</c>), keeping the newest ones and any younger than
    /// ten minutes, which a creator may still be filling. Meant for a periodic job; returns the number of rows deleted.
    /// </summary>
    public async Task<int> CleanupAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"""
            DELETE FROM ticket_number_counter
            WHERE create_time < @cutoff
              AND id < (SELECT min(n.id) FROM (SELECT id FROM ticket_number_counter ORDER BY id DESC LIMIT {CleanupKeepNewest}) n)
            """);
        var cutoff = _clock.GetUtcNow().UtcDateTime - CleanupMinAge;
        command.Parameters.Add(new NpgsqlParameter("cutoff", NpgsqlDbType.Timestamp)
        {
            Value = DateTime.SpecifyKind(cutoff, DateTimeKind.Unspecified),
        });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<string> NextCountedAsync(CancellationToken ct)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var day = CounterDay.At(_clock.GetUtcNow(), _zone);
            var drawn = await _counters.DrawAsync(day, offset: attempt, ct);
            var number = _format.Format(day.Date, drawn.Counter);
            if (!await _counters.IsTakenAsync(drawn, number, day, ct)) return number;
        }
        throw Exhausted();
    }

    private async Task<string> NextRandomAsync(CancellationToken ct)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var number = RandomTicketNumber.Format(_format.SystemId, RandomTicketDigits.Below(RandomTicketNumber.Bound));
            await using var command = _dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM ticket WHERE tn = @tn)");
            command.Parameters.AddWithValue("tn", number);
            if (await command.ExecuteScalarAsync(ct) is false) return number;
        }
        throw Exhausted();
    }

    private InvalidOperationException Exhausted() =>
        new($"No free ticket number from the {_format.Kind} generator after {MaxAttempts} attempts.");
}
