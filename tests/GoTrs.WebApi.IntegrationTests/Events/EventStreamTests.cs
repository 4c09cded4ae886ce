using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using GoTrs.Application.Features.Auth;
using GoTrs.Application.Features.Events;
using GoTrs.Application.Features.Tickets.AddArticle;
using GoTrs.Infrastructure.Events;
using GoTrs.WebApi.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.WebApi.IntegrationTests.Events;

public sealed class EventStreamTests : TicketTest
{
    private static readonly TimeSpan Live = TimeSpan.FromSeconds(2);

    [Test]
    public async Task ShouldDeliverANoteWithinTwoSeconds_WhenAnotherAgentAddsIt()
    {
        using var writer = await AsSupportAgentAsync("writer", "rw");
        using var watcher = await AsSupportAgentAsync("watcher", "ro");
        var ticket = await CreateTicketAsync(writer);
        await using var stream = await EventStream.OpenAsync(watcher);

        var note = await AddNoteAsync(writer, ticket.Id);
        var seen = await stream.NextAsync(e => e.HistoryType == "AddNote", Live);

        seen.ShouldNotBeNull();
        seen.ShouldBe(seen with
        {
            TicketId = ticket.Id, TicketNumber = ticket.TicketNumber, QueueId = SupportQueue, Kind = "ArticleCreated",
            ArticleId = note.Id, UserId = await ScalarAsync<int>("SELECT id FROM users WHERE login = 'writer'"),
        });
        seen.At.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [Test]
    public async Task ShouldWithholdEvents_WhenTheAgentHasNoRightsOnTheQueue()
    {
        using var writer = await AsSupportAgentAsync("writer", "rw");
        using var outsider = await AsAgentAsync("outsider");
        var ticket = await CreateTicketAsync(writer);
        await using var insiderStream = await EventStream.OpenAsync(writer);
        await using var outsiderStream = await EventStream.OpenAsync(outsider);

        await AddNoteAsync(writer, ticket.Id);

        (await insiderStream.NextAsync(e => e.HistoryType == "AddNote", Live)).ShouldNotBeNull();
        (await outsiderStream.NextAsync(TimeSpan.FromSeconds(1))).ShouldBeNull();
    }

    [Test]
    public async Task ShouldReportTicketCreation_WhenAnAgentCreatesATicket()
    {
        using var writer = await AsSupportAgentAsync("writer", "rw");
        await using var stream = await EventStream.OpenAsync(writer);

        var ticket = await CreateTicketAsync(writer);

        var created = await stream.NextAsync(Live);
        created.ShouldNotBeNull();
        (created.Kind, created.HistoryType, created.TicketId).ShouldBe(("TicketCreated", "NewTicket", ticket.Id));
    }

    [Test]
    public async Task ShouldReplayMissedEvents_WhenResumingWithLastEventId()
    {
        using var writer = await AsSupportAgentAsync("writer", "rw");
        var ticket = await CreateTicketAsync(writer);
        var lastSeen = await ScalarAsync<long>("SELECT max(id) FROM gotrs_ticket_event");
        var first = await AddNoteAsync(writer, ticket.Id);
        var second = await AddNoteAsync(writer, ticket.Id);

        await using var stream = await EventStream.OpenAsync(writer, lastEventId: lastSeen.ToString());

        (await stream.NextAsync(Live))!.ArticleId.ShouldBe(first.Id);
        (await stream.NextAsync(Live))!.ArticleId.ShouldBe(second.Id);
    }

    [Test]
    public async Task ShouldReplayFromTheQueryParameter_WhenNoHeaderIsSent()
    {
        using var writer = await AsSupportAgentAsync("writer", "rw");
        var ticket = await CreateTicketAsync(writer);
        var lastSeen = await ScalarAsync<long>("SELECT max(id) FROM gotrs_ticket_event");
        var note = await AddNoteAsync(writer, ticket.Id);

        await using var stream = await EventStream.OpenAsync(writer, query: $"?lastEventId={lastSeen}");

        (await stream.NextAsync(Live))!.ArticleId.ShouldBe(note.Id);
    }

    [Test]
    public async Task ShouldDeliverToBothHosts_WhenAChangeIsMadeThroughOne()
    {
        using var second = new GoTrsApiFactory(Api.ConnectionString);
        using var writer = await AsSupportAgentAsync("writer", "rw");
        var ticket = await CreateTicketAsync(writer);
        using var watcherOnSecond = second.CreateClient();
        watcherOnSecond.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            await LoginThroughAsync(second.CreateClient(), "writer"));
        await using var firstStream = await EventStream.OpenAsync(writer);
        await using var secondStream = await EventStream.OpenAsync(watcherOnSecond);

        var note = await AddNoteAsync(writer, ticket.Id);

        (await firstStream.NextAsync(e => e.ArticleId == note.Id, Live)).ShouldNotBeNull();
        (await secondStream.NextAsync(e => e.ArticleId == note.Id, Live)).ShouldNotBeNull();
    }

    [Test]
    public async Task ShouldDeliverAnEvent_WhenHistoryIsWrittenOutsideTheApi()
    {
        using var writer = await AsSupportAgentAsync("writer", "rw");
        var ticket = await CreateTicketAsync(writer);
        await using var stream = await EventStream.OpenAsync(writer);

        await ExecuteAsync("""
            INSERT INTO ticket_history (name, history_type_id, ticket_id, type_id, queue_id, owner_id, priority_id, state_id,
                                        create_time, create_by, change_time, change_by)
            SELECT '%%Mail%%', (SELECT id FROM ticket_history_type WHERE name = 'PriorityUpdate'), id, 1, queue_id, user_id,
                   ticket_priority_id, ticket_state_id, now(), 1, now(), 1
            FROM ticket WHERE id = @id
            """, ("id", ticket.Id));

        var seen = await stream.NextAsync(Live);
        seen.ShouldNotBeNull();
        (seen.Kind, seen.HistoryType, seen.UserId).ShouldBe(("TicketUpdated", "PriorityUpdate", 1));
    }

    [Test]
    public async Task ShouldDeliverOnlyTheirOwnTicketsAndVisibleArticles_WhenACustomerListens()
    {
        using var writer = await AsSupportAgentAsync("writer", "rw");
        await CreateCustomerAsync("jane@example.com", "ACME");
        using var customer = WithToken((await LoginAsync("jane@example.com", PersonaPassword, customer: true)).AccessToken);
        var own = await CreateTicketAsync(writer, customer: "jane@example.com");
        var foreign = await CreateTicketAsync(writer, customer: "bob@example.com");
        await using var stream = await EventStream.OpenAsync(customer);

        await AddNoteAsync(writer, own.Id);
        await AddNoteAsync(writer, foreign.Id, visibleForCustomer: true);
        var answer = await AddNoteAsync(writer, own.Id, visibleForCustomer: true);

        var seen = (await stream.NextAsync(Live))!;
        (seen.TicketId, seen.ArticleId).ShouldBe((own.Id, answer.Id));
    }

    [Test]
    public async Task ShouldReleaseTheSubscription_WhenTheClientDisconnects()
    {
        using var writer = await AsSupportAgentAsync("writer", "rw");
        var listener = Api.Services.GetRequiredService<TicketEventListener>();
        var stream = await EventStream.OpenAsync(writer);
        var whileOpen = listener.SubscriberCount;

        await stream.DisposeAsync();

        whileOpen.ShouldBe(1);
        var until = DateTime.UtcNow.AddSeconds(5);
        while (listener.SubscriberCount > 0 && DateTime.UtcNow < until) await Task.Delay(50);
        listener.SubscriberCount.ShouldBe(0);
    }

    [Test]
    public async Task ShouldAnswer400_WhenLastEventIdIsNotANumber()
    {
        using var writer = await AsSupportAgentAsync("writer", "rw");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events");
        request.Headers.Add("Last-Event-ID", "yesterday");

        var response = await writer.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ShouldAnswer401_WhenAnonymous()
    {
        using var client = Anonymous();

        (await client.GetAsync("/api/v1/events")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldPruneOldEvents_WhenThePruneJobRuns()
    {
        using var writer = await AsSupportAgentAsync("writer", "rw");
        var ticket = await CreateTicketAsync(writer);
        await ExecuteAsync("UPDATE gotrs_ticket_event SET create_time = now() - interval '25 hours' WHERE ticket_id = @id", ("id", ticket.Id));
        await AddNoteAsync(writer, ticket.Id);

        await Api.Services.GetRequiredService<TicketEventPruneJob>().RunOnceAsync(CancellationToken.None);

        (await ListAsync("SELECT history_type FROM gotrs_ticket_event")).ShouldBe(["AddNote"]);
    }

    private static async Task<CreatedArticle> AddNoteAsync(HttpClient client, long ticketId, bool visibleForCustomer = false)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/tickets/{ticketId}/articles",
            new { subject = "Note", body = "Looked at it.", contentType = "text/plain", isVisibleForCustomer = visibleForCustomer });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CreatedArticle>())!;
    }

    private static async Task<string> LoginThroughAsync(HttpClient anonymous, string login)
    {
        using (anonymous)
        {
            var response = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { login, password = PersonaPassword });
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        }
    }
}
