using System.Net;
using System.Net.Http.Json;
using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.Tickets;

/// <summary>
/// Constant SQL per request, whatever the data: every command Npgsql sends during one request is counted
/// (EF Core queries and raw commands alike). Limits: list ≤ 3, zoom ≤ 6, create ≤ 15 — also for a new e-mail ticket
/// that composes and queues its first article (6 statements for a phone ticket, 11 for an e-mail ticket today).
/// </summary>
public sealed class SqlStatementCountTests : TicketTest
{
    [Test]
    public async Task ShouldListWithAtMostThreeStatements_WhateverThePageSize()
    {
        using var agent = await AsSupportAgentAsync("counter", "rw");
        for (var i = 0; i < 30; i++) await CreateTicketAsync(agent, $"T{i}");

        var small = await CountAsync(() => agent.GetAsync("/api/v1/tickets?pageSize=5"));
        var large = await CountAsync(() => agent.GetAsync("/api/v1/tickets?pageSize=100&q=smokes&stateType=new&sort=-changed"));

        small.Count.ShouldBeLessThanOrEqualTo(3, string.Join("\n---\n", small.Commands));
        large.Count.ShouldBeLessThanOrEqualTo(3, string.Join("\n---\n", large.Commands));
    }

    [Test]
    public async Task ShouldZoomWithAtMostSixStatements_WhateverTheNumberOfArticles()
    {
        using var agent = await AsSupportAgentAsync("zoomer", "rw");
        var ticket = await CreateTicketAsync(agent);
        for (var i = 0; i < 12; i++)
            await agent.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id}/articles", new
            {
                subject = $"n{i}", body = "<p>x</p>", contentType = "text/html",
                attachments = new[] { new { fileName = $"f{i}.txt", contentType = "text/plain", content = new byte[] { 1, 2, 3 } } },
            });

        var zoom = await CountAsync(() => agent.GetAsync($"/api/v1/tickets/{ticket.Id}?articlePageSize=50"));

        zoom.Count.ShouldBeLessThanOrEqualTo(6, string.Join("\n---\n", zoom.Commands));
    }

    [Test]
    public async Task ShouldCreateWithAtMostFifteenStatements()
    {
        using var agent = await AsSupportAgentAsync("maker", "rw");
        await CreateTicketAsync(agent, "warm-up"); // first use fills process-wide caches

        var create = await CountAsync(() => agent.PostAsJsonAsync("/api/v1/tickets", new
        {
            title = "Counted", queueId = SupportQueue, customerUser = "jane@example.com", stateId = 4,
            article = new
            {
                subject = "Counted", body = "x", timeUnits = 2,
                attachments = new[] { new { fileName = "a.txt", contentType = "text/plain", content = new byte[] { 1 } } },
            },
        }));

        create.Count.ShouldBeLessThanOrEqualTo(15, string.Join("\n---\n", create.Commands));
    }

    [Test]
    public async Task ShouldCreateEmailTicketThatSendsMailWithAtMostFifteenStatements()
    {
        using var agent = await AsSupportAgentAsync("mailer", "rw");
        await CreateCustomerAsync("alice", "ACME");
        await CreateTicketAsync(agent, "warm-up");

        var create = await CountAsync(() => agent.PostAsJsonAsync("/api/v1/tickets", new
        {
            title = "Counted", queueId = SupportQueue, customerUser = "alice",
            article = new { subject = "Counted", body = "x", channel = "email", cc = "\"Doe, John\" <john@example.com>" },
        }));

        create.Count.ShouldBeLessThanOrEqualTo(15, string.Join("\n---\n", create.Commands));
    }

    private static async Task<(int Count, IReadOnlyList<string> Commands)> CountAsync(Func<Task<HttpResponseMessage>> request)
    {
        using var counter = new SqlCounter();
        var response = await request();
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return (counter.Count, counter.Commands);
    }
}
