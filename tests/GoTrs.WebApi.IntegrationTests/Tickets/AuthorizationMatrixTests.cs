using System.Net.Http.Json;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Features.Tickets.BulkUpdate;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Application.Features.Tickets.CreateTicket;
using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.Tickets;

/// <summary>
/// Every ticket endpoint against every persona. The ticket lives in queue "Support" (group "support"). The admin is
/// root@localhost, who administers but holds no rights on "support": in OTRS, admin is not a ticket superuser.
/// "list" shows + when the ticket is in the caller's list, - when not; "bulk" shows the per-ticket status.
/// </summary>
public sealed class AuthorizationMatrixTests : TicketTest
{
    private static readonly string[] Actions =
    [
        "list", "zoom", "articles", "attachment", "history", "links", "watchers", "time", "note", "title", "priority",
        "owner", "move", "lock", "watch", "time+", "link+", "bulk", "merge", "create",
    ];

    private static readonly Dictionary<string, string> Expected = new()
    {
        //                  list zoom art  att  hist link wat  time note titl prio ownr move lock wat+ tim+ lnk+ bulk mrg  crea
        ["admin"] =        "-    404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  403",
        ["agent-rw"] =     "+    200  200  200  200  200  200  200  201  200  200  200  200  200  204  200  204  200  204  201",
        ["agent-ro"] =     "+    200  200  200  200  200  200  200  403  403  403  403  403  403  204  403  403  403  403  403",
        ["agent-move"] =   "-    404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  403",
        ["agent-none"] =   "-    404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  403",
        ["customer"] =     "+    200  200  200  403  403  403  403  201  403  403  403  403  403  403  403  403  403  403  201",
        ["customer-other"]="-    404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  404  403",
        ["anonymous"] =    "401  401  401  401  401  401  401  401  401  401  401  401  401  401  401  401  401  401  401  401",
    };

    private static IEnumerable<string> Personas => Expected.Keys;

    [TestCaseSource(nameof(Personas))]
    public async Task ShouldAllowAndDenyAsTheMatrixSays(string persona)
    {
        var world = await BuildWorldAsync();
        using var client = await ClientForAsync(persona);

        var actual = new List<string>();
        foreach (var action in Actions) actual.Add(await RunAsync(persona, action, client, world));

        var expected = Expected[persona].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var diff = Actions.Select((a, i) => expected[i] == actual[i] ? null : $"{a}: expected {expected[i]}, got {actual[i]}")
            .Where(d => d is not null).ToList();
        diff.ShouldBeEmpty($"{persona}: {string.Join("; ", diff)}");
    }

    private sealed record World(CreatedTicket Ticket, CreatedTicket Target, long AttachmentId, int NewOwnerId);

    private async Task<World> BuildWorldAsync()
    {
        await CreateCustomerAsync("jane", "ACME");
        await CreateCustomerAsync("mallory", "EVIL");
        await ExecuteAsync("""
            INSERT INTO group_customer_user (user_id, group_id, permission_key, permission_value, create_time, create_by, change_time, change_by)
            VALUES ('jane', @g, 'rw', 1, now(), 1, now(), 1)
            """, ("g", SupportGroup));
        var newOwner = await CreateAgentAsync("owner.target", (SupportGroup, "owner"), (SupportGroup, "ro"));
        await CreateAgentAsync("agent-rw", (SupportGroup, "rw"));
        await CreateAgentAsync("agent-ro", (SupportGroup, "ro"));
        await CreateAgentAsync("agent-move", (SupportGroup, "move_into"));
        await CreateAgentAsync("agent-none");
        using var creator = await AsSupportAgentAsync("world.builder", "rw");
        var ticket = await CreateTicketAsync(creator, "The ticket", customer: "jane");
        var target = await CreateTicketAsync(creator, "Merge target", customer: "jane");
        await creator.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id}/articles", new
        {
            subject = "With file", body = "see file", isVisibleForCustomer = true,
            attachments = new[] { new { fileName = "a.txt", contentType = "text/plain", content = "aGk="u8.ToArray() } },
        });
        var attachmentId = await ScalarAsync<long>("""
            SELECT f.id FROM article_data_mime_attachment f JOIN article a ON a.id = f.article_id WHERE a.ticket_id = @t
            """, ("t", ticket.Id));
        return new World(ticket, target, attachmentId, newOwner);
    }

    private static async Task<HttpClient> ClientForAsync(string persona) => persona switch
    {
        "anonymous" => Anonymous(),
        "admin" => await AsAdminAsync(),
        "customer" => WithToken((await LoginAsync("jane", PersonaPassword, customer: true)).AccessToken),
        "customer-other" => WithToken((await LoginAsync("mallory", PersonaPassword, customer: true)).AccessToken),
        _ => WithToken((await LoginAsync(persona, PersonaPassword)).AccessToken),
    };

    private async Task<string> RunAsync(string persona, string action, HttpClient client, World w)
    {
        var t = $"/api/v1/tickets/{w.Ticket.Id}";
        var response = action switch
        {
            "list" => await client.GetAsync("/api/v1/tickets?pageSize=100"),
            "zoom" => await client.GetAsync(t),
            "articles" => await client.GetAsync($"{t}/articles"),
            "attachment" => await client.GetAsync($"{t}/articles/{await ArticleOfAsync(w.AttachmentId)}/attachments/{w.AttachmentId}"),
            "history" => await client.GetAsync($"{t}/history"),
            "links" => await client.GetAsync($"{t}/links"),
            "watchers" => await client.GetAsync($"{t}/watchers"),
            "time" => await client.GetAsync($"{t}/time-accounting"),
            "note" => await client.PostAsJsonAsync($"{t}/articles", new { subject = "n", body = "n" }),
            "title" => await client.PatchAsJsonAsync(t, new { title = "Renamed" }),
            "priority" => await client.PatchAsJsonAsync(t, new { priorityId = 4 }),
            "owner" => await client.PatchAsJsonAsync(t, new { ownerId = w.NewOwnerId }),
            "move" => await client.PatchAsJsonAsync(t, new { queueId = SecondQueue }),
            "lock" => await client.PatchAsJsonAsync(t, new { @lock = false }),
            "watch" => await client.PostAsJsonAsync($"{t}/watchers", new { }),
            "time+" => await client.PostAsJsonAsync($"{t}/time-accounting", new { timeUnits = 1 }),
            "link+" => await client.PostAsJsonAsync($"{t}/links", new { targetTicket = w.Target.Id.ToString() }),
            "bulk" => await client.PostAsJsonAsync("/api/v1/tickets/bulk", new { ticketIds = new[] { w.Ticket.Id }, priorityId = 2 }),
            "merge" => await client.PostAsJsonAsync($"{t}/merge", new { intoTicket = w.Target.Id.ToString() }),
            "create" => await client.PostAsJsonAsync("/api/v1/tickets", persona.StartsWith("customer")
                ? (object)new { title = "New", queueId = SupportQueue, article = new { subject = "New", body = "x" } }
                : (object)new { title = "New", queueId = SupportQueue, customerUser = "jane", article = new { subject = "New", body = "x" } }),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
        var status = ((int)response.StatusCode).ToString();
        if (action == "list" && response.IsSuccessStatusCode)
            return (await response.Content.ReadFromJsonAsync<PagedList<TicketSummaryDto>>())!.Items.Any(i => i.Id == w.Ticket.Id) ? "+" : "-";
        if (action == "bulk" && response.IsSuccessStatusCode)
            return (await response.Content.ReadFromJsonAsync<BulkResult>())!.Results.Single().Status.ToString();
        return status;
    }

    private static Task<long> ArticleOfAsync(long attachmentId) =>
        ScalarAsync<long>("SELECT article_id FROM article_data_mime_attachment WHERE id = @id", ("id", attachmentId));
}
