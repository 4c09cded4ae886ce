using System.Globalization;
using GoTrs.Domain.Common;
using GoTrs.Infrastructure.Jobs;
using GoTrs.WebApi.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GoTrs.WebApi.IntegrationTests.Tickets.Escalation;

/// <summary>
/// Base of the escalation tests: a second host on the test database with the escalation services registered, the
/// background jobs off and a clock the test sets; plus SQL helpers for tickets, articles, queues, SLAs and calendars.
/// Times lie after 2030 so that jobs of any other host, running on the real clock, find nothing due.
/// </summary>
public abstract class EscalationTest : ApiTest
{
    private static WebApplicationFactory<Program>? _host;

    protected static readonly DateTimeOffset Monday = new(2031, 3, 3, 9, 0, 0, TimeSpan.Zero);

    protected static TestClock Clock { get; } = new();

    protected static IServiceProvider Services => (_host ??= Api.WithWebHostBuilder(builder =>
    {
        builder.UseSetting($"{JobOptions.SectionName}:{nameof(JobOptions.Enabled)}", "false");
        builder.ConfigureTestServices(services =>
        {
            services.AddEscalation(new ConfigurationBuilder()
                .AddInMemoryCollection([new($"{JobOptions.SectionName}:{nameof(JobOptions.Enabled)}", "false")])
                .Build());
            services.AddSingleton<TimeProvider>(Clock);
        });
    })).Services;

    [SetUp]
    public void ResetClock() => Clock.Now = Monday;

    protected static async Task<long> InsertTicketAsync(
        DateTimeOffset created, int queueId = 4, int stateId = 4, int? slaId = null, int untilEpoch = 0, int lockId = 1,
        string? tn = null) =>
        await ScalarAsync<long>("""
            INSERT INTO ticket (tn, title, queue_id, ticket_lock_id, type_id, sla_id, user_id, responsible_user_id,
                                ticket_priority_id, ticket_state_id, timeout, until_time, escalation_time,
                                escalation_update_time, escalation_response_time, escalation_solution_time,
                                archive_flag, create_time, create_by, change_time, change_by)
            VALUES (@tn, 'Printer on fire', @queue, @lock, 1, @sla, 1, 1, 3, @state, 0, @until,
                    0, 0, 0, 0, 0, @created, 1, @created, 1)
            RETURNING id
            """, ("tn", tn ?? Guid.NewGuid().ToString("N")), ("queue", queueId), ("lock", lockId),
            ("sla", (object?)slaId ?? DBNull.Value), ("state", stateId), ("until", untilEpoch), ("created", Db(created)));

    protected static Task InsertArticleAsync(long ticketId, int senderTypeId, int channelId, DateTimeOffset created) =>
        ExecuteAsync("""
            INSERT INTO article (ticket_id, article_sender_type_id, communication_channel_id, is_visible_for_customer,
                                 create_time, create_by, change_time, change_by)
            VALUES (@ticket, @sender, @channel, 1, @created, 1, @created, 1)
            """, ("ticket", ticketId), ("sender", senderTypeId), ("channel", channelId), ("created", Db(created)));

    protected static Task SetQueueTimesAsync(int queueId, int response, int update, int solution,
        string? calendar = null, int? responseNotify = null) =>
        ExecuteAsync("""
            UPDATE queue SET first_response_time = @response, first_response_notify = @notify, update_time = @update,
                             solution_time = @solution, calendar_name = @calendar
            WHERE id = @id
            """, ("id", queueId), ("response", response), ("notify", (object?)responseNotify ?? DBNull.Value),
            ("update", update), ("solution", solution), ("calendar", (object?)calendar ?? DBNull.Value));

    protected static Task<int> InsertSlaAsync(string name, int response, int update, int solution) =>
        ScalarAsync<int>("""
            INSERT INTO sla (name, first_response_time, update_time, solution_time, valid_id,
                             create_time, create_by, change_time, change_by)
            VALUES (@name, @response, @update, @solution, 1, now(), 1, now(), 1)
            RETURNING id
            """, ("name", name), ("response", response), ("update", update), ("solution", solution));

    protected static Task InsertCalendarAsync(string name, string timeZone, string workingHours, int validId = 1) =>
        ExecuteAsync("""
            INSERT INTO gotrs_calendar (name, time_zone, working_hours, holidays, valid_id,
                                        create_time, create_by, change_time, change_by)
            VALUES (@name, @zone, @hours::jsonb, '[]', @valid, now(), 1, now(), 1)
            """, ("name", name), ("zone", timeZone), ("hours", workingHours), ("valid", validId));

    /// <summary>escalation_time, escalation_response_time, escalation_update_time, escalation_solution_time.</summary>
    protected static async Task<int[]> EscalationColumnsAsync(long ticketId)
    {
        await using var command = Api.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand("""
            SELECT ARRAY[escalation_time, escalation_response_time, escalation_update_time, escalation_solution_time]
            FROM ticket WHERE id = @id
            """);
        command.Parameters.AddWithValue("id", ticketId);
        return (int[])(await command.ExecuteScalarAsync())!;
    }

    protected static async Task<List<string>> HistoryAsync(long ticketId) =>
        await ListAsync("""
            SELECT ht.name || ' ' || h.name FROM ticket_history h
            JOIN ticket_history_type ht ON ht.id = h.history_type_id
            WHERE h.ticket_id = @id ORDER BY h.id
            """, ("id", ticketId));

    protected static int Epoch(DateTimeOffset time) => EpochTime.FromDateTime(time);

    protected static string Iso(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>OTRS DATE columns are timestamp without time zone holding UTC.</summary>
    private static DateTime Db(DateTimeOffset time) => DateTime.SpecifyKind(time.UtcDateTime, DateTimeKind.Unspecified);
}
