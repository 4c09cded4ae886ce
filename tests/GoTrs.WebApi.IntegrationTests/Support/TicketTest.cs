using System.Net.Http.Json;
using GoTrs.Application.Features.Tickets.CreateTicket;
using GoTrs.Application.Features.Tickets.GetTicket;

namespace GoTrs.WebApi.IntegrationTests.Support;

/// <summary>Base of ticket tests: a "support" group with two queues, and helpers to create and read tickets.</summary>
public abstract class TicketTest : ApiTest
{
    protected int SupportGroup { get; private set; }
    protected int SupportQueue { get; private set; }
    protected int SecondQueue { get; private set; }

    [SetUp]
    public async Task CreateSupportQueuesAsync()
    {
        SupportGroup = await ScalarAsync<int>("""
            INSERT INTO permission_groups (name, valid_id, create_time, create_by, change_time, change_by)
            VALUES ('support', 1, now(), 1, now(), 1) RETURNING id
            """);
        SupportQueue = await CreateQueueAsync("Support", SupportGroup);
        SecondQueue = await CreateQueueAsync("Support::Second Level", SupportGroup);
    }

    protected static Task<int> CreateGroupAsync(string name) => ScalarAsync<int>("""
        INSERT INTO permission_groups (name, valid_id, create_time, create_by, change_time, change_by)
        VALUES (@name, 1, now(), 1, now(), 1) RETURNING id
        """, ("name", name));

    protected static Task<int> CreateQueueAsync(string name, int groupId) => ScalarAsync<int>("""
        INSERT INTO queue (name, group_id, system_address_id, salutation_id, signature_id, follow_up_id, follow_up_lock,
                           valid_id, create_time, create_by, change_time, change_by)
        VALUES (@name, @group, 1, 1, 1, 1, 0, 1, now(), 1, now(), 1) RETURNING id
        """, ("name", name), ("group", groupId));

    protected Task<HttpClient> AsSupportAgentAsync(string login, params string[] keys) =>
        AsAgentAsync(login, keys.Select(k => (SupportGroup, k)).ToArray());

    protected object NewTicket(string title = "Printer on fire", int? queueId = null, string customer = "jane@example.com",
        string body = "It smokes.", object? extra = null) => new
    {
        title,
        queueId = queueId ?? SupportQueue,
        customerUser = customer,
        article = new { subject = title, body, contentType = "text/plain", channel = "phone" },
    };

    protected async Task<CreatedTicket> CreateTicketAsync(HttpClient client, string title = "Printer on fire", string customer = "jane@example.com")
    {
        var response = await client.PostAsJsonAsync("/api/v1/tickets", NewTicket(title, customer: customer));
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CreatedTicket>())!;
    }

    protected static async Task<TicketDetailsDto> ZoomAsync(HttpClient client, long id) =>
        (await client.GetFromJsonAsync<TicketDetailsDto>($"/api/v1/tickets/{id}"))!;

    protected static Task<List<string>> HistoryTypesAsync(long ticketId) => ListAsync("""
        SELECT t.name FROM ticket_history h JOIN ticket_history_type t ON t.id = h.history_type_id
        WHERE h.ticket_id = @id ORDER BY h.id
        """, ("id", ticketId));
}
