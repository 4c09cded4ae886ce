using System.Text;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Features.Mail.DeliverMail;
using GoTrs.WebApi.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.WebApi.IntegrationTests.Mail;

/// <summary>Base of postmaster tests: messages built as mail clients write them, delivered through the real pipeline.</summary>
public abstract class MailTest : TicketTest
{
    private static int _sequence;

    protected static async Task<DeliveryResult> DeliverAsync(
        string message, int? queueId = null, int? accountId = null, string? serverId = null, bool byRecipient = false, bool trusted = false)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(
            new DeliverMailCommand(Encoding.UTF8.GetBytes(message), accountId, serverId, queueId, trusted, byRecipient));
    }

    /// <summary>A plain-text message; <paramref name="headers"/> are added as written (e.g. "In-Reply-To: &lt;x@y&gt;").</summary>
    protected static string Message(
        string subject, string from = "Alice Example <alice@example.com>", string to = "support@example.com",
        string body = "Hello,\r\nthe printer is on fire.\r\n", string? messageId = null, params string[] headers)
    {
        var id = messageId ?? $"<msg-{Interlocked.Increment(ref _sequence)}-{Guid.NewGuid():N}@client.example>";
        var extra = string.Concat(headers.Select(h => h + "\r\n"));
        return $"From: {from}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: Sat, 21 Nov 2026 08:00:00 +0000\r\n" +
               $"Message-ID: {id}\r\n{extra}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}";
    }

    protected static Task<string> TicketNumberAsync(long ticketId) =>
        ScalarAsync<string>("SELECT tn FROM ticket WHERE id = @id", ("id", ticketId));

    protected static Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters) =>
        ScalarAsync<long>(sql, parameters);

    protected static Task CloseTicketAsync(long ticketId) =>
        ExecuteAsync("UPDATE ticket SET ticket_state_id = 2 WHERE id = @id", ("id", ticketId));

    protected static Task SetFollowUpAsync(int queueId, int followUpPossible, int followUpLock = 0) =>
        ExecuteAsync("UPDATE queue SET follow_up_id = @f, follow_up_lock = @l WHERE id = @q",
            ("f", followUpPossible), ("l", followUpLock), ("q", queueId));

    protected static Task EnableAutoResponseAsync(int queueId, int autoResponseId) => ExecuteAsync("""
        INSERT INTO queue_auto_response (queue_id, auto_response_id, create_time, create_by, change_time, change_by)
        VALUES (@q, @r, now(), 1, now(), 1)
        """, ("q", queueId), ("r", autoResponseId));
}
