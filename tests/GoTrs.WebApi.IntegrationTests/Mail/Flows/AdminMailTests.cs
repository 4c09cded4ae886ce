using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GoTrs.Application.Features.Admin.MailAccounts;
using GoTrs.Application.Features.Mail.Common;

namespace GoTrs.WebApi.IntegrationTests.Mail.Flows;

public sealed class AdminMailTests : MailFlowTest
{
    private static HttpClient AdminOnMailHost(string token)
    {
        var client = MailFlowSetup.Api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<HttpClient> AdminAsync() =>
        AdminOnMailHost((await LoginAsync("root@localhost", Support.GoTrsApiFactory.AdminPassword)).AccessToken);

    private object Account(string password = "", string type = "IMAP") => new
    {
        login = MailboxUser, password, host = Servers.Host, port = Servers.Port("IMAP_PORT"), type, imapFolder = "INBOX",
        queueId = SupportQueue, dispatchingBy = "Queue", trusted = false, validId = 1,
    };

    private async Task<string> PasswordAsync() => await ScalarAsync<string>("SELECT pw FROM mail_account WHERE id = @id", ("id", AccountId));

    [Test]
    public async Task ShouldNeverReturnPassword_WhenAccountIsCreatedOrListed()
    {
        using var admin = await AdminAsync();

        var created = await admin.PostAsJsonAsync("/api/v1/admin/mail-accounts", Account(await PasswordAsync()));
        var list = await admin.GetStringAsync("/api/v1/admin/mail-accounts");

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await created.Content.ReadAsStringAsync()).ShouldNotContain(await PasswordAsync());
        list.ShouldNotContain(await PasswordAsync());
        var account = (await created.Content.ReadFromJsonAsync<MailAccountDto>())!;
        (account.Type, account.Port, account.QueueId, account.DispatchingBy).ShouldBe(("IMAP", Servers.Port("IMAP_PORT"), SupportQueue, "Queue"));
    }

    [Test]
    public async Task ShouldAnswer400WithFieldErrors_WhenAccountIsInvalid()
    {
        using var admin = await AdminAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/admin/mail-accounts", new { login = "", host = "mx", type = "SMTP", port = 70000 });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty("login", out _).ShouldBeTrue();
        errors.TryGetProperty("type", out _).ShouldBeTrue();
        errors.TryGetProperty("port", out _).ShouldBeTrue();
    }

    [Test]
    public async Task ShouldForbid_WhenCallerIsNoAdmin()
    {
        using var agent = await AsSupportAgentAsync("agent1", "rw");

        (await agent.GetAsync("/api/v1/admin/mail-accounts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ShouldReportWaitingMessagesOrLoginError_WhenAccountIsTested()
    {
        using var admin = await AdminAsync();
        await SendToMailboxAsync(Message("One"));

        var ok = await (await admin.PostAsync($"/api/v1/admin/mail-accounts/{AccountId}/test", null)).Content.ReadFromJsonAsync<MailAccountTestResult>();
        await ExecuteAsync("UPDATE mail_account SET pw = 'wrong' WHERE id = @id", ("id", AccountId));
        var bad = await (await admin.PostAsync($"/api/v1/admin/mail-accounts/{AccountId}/test", null)).Content.ReadFromJsonAsync<MailAccountTestResult>();

        ok.ShouldBe(new MailAccountTestResult(true, 1, null));
        bad!.Success.ShouldBeFalse();
        bad.Error.ShouldNotBeNullOrEmpty();
    }

    [Test]
    public async Task ShouldCountTicketsFollowUpsAndQuarantine_WhenFetchingNow()
    {
        using var admin = await AdminAsync();
        (await admin.PostAsJsonAsync("/api/v1/admin/postmaster-filters", new
        {
            name = "spam", stop = false, match = new[] { new { key = "Subject", value = "(?i)lottery", not = false } },
            set = new[] { new { key = "X-GOTRS-Ignore", value = "yes" } },
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        await SendToMailboxAsync(Message("Printer on fire", messageId: "<p1@client.example>"));
        await SendToMailboxAsync(Message("Re: Printer on fire", headers: ["In-Reply-To: <p1@client.example>"]));
        await SendToMailboxAsync(Message("You won the lottery"));

        var counts = await (await admin.PostAsync($"/api/v1/admin/mail-accounts/{AccountId}/fetch", null)).Content.ReadFromJsonAsync<FetchCounts>();

        counts.ShouldBe(new FetchCounts(1, 1, 1, 0));
    }

    [Test]
    public async Task ShouldTurnQuarantinedMailIntoTicket_WhenRetriedAfterFilterIsRemoved()
    {
        using var admin = await AdminAsync();
        (await admin.PostAsJsonAsync("/api/v1/admin/postmaster-filters", new
        {
            name = "hold", stop = true, match = new[] { new { key = "From", value = "alice", not = false } },
            set = new[] { new { key = "X-OTRS-Ignore", value = "yes" } },
        })).EnsureSuccessStatusCode();
        await SendToMailboxAsync(Message("Held back"));
        await PollAsync();
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/mail-quarantine");
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt64();
        var raw = await admin.GetStringAsync($"/api/v1/admin/mail-quarantine/{id}/raw");

        (await admin.DeleteAsync("/api/v1/admin/postmaster-filters/hold")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var retried = await (await admin.PostAsync($"/api/v1/admin/mail-quarantine/{id}/retry", null)).Content.ReadFromJsonAsync<JsonElement>();

        raw.ShouldContain("Subject: Held back");
        retried.GetProperty("outcome").GetString().ShouldBe("NewTicket");
        (await CountAsync("SELECT count(*) FROM gotrs_mail_quarantine")).ShouldBe(0);
        (await CountAsync("SELECT count(*) FROM ticket WHERE title = 'Held back' AND queue_id = @q", ("q", SupportQueue))).ShouldBe(1);
    }

    [Test]
    public async Task ShouldRejectFilter_WhenPatternIsNoRegexOrSetKeyIsNoOtrsHeader()
    {
        using var admin = await AdminAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/admin/postmaster-filters", new
        {
            name = "broken", match = new[] { new { key = "Subject", value = "([unclosed", not = false } },
            set = new[] { new { key = "Subject", value = "x" } },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        errors.ShouldContain(n => n.StartsWith("match", StringComparison.OrdinalIgnoreCase));
        errors.ShouldContain(n => n.StartsWith("set", StringComparison.OrdinalIgnoreCase));
    }

    [Test]
    public async Task ShouldListRetryAndDelete_WhenMailIsQueued()
    {
        using var admin = await AdminAsync();
        await EnableAutoResponseAsync(SupportQueue, 1);
        await SendToMailboxAsync(Message("Printer on fire"));
        await PollAsync();
        await ExecuteAsync("UPDATE mail_queue SET attempts = 10, last_smtp_message = 'refused'");

        var list = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/mail-queue");
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt64();
        (await admin.PostAsync($"/api/v1/admin/mail-queue/{id}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var attempts = await CountAsync("SELECT attempts FROM mail_queue");
        (await admin.DeleteAsync($"/api/v1/admin/mail-queue/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        list.GetProperty("total").GetInt32().ShouldBe(1);
        list.GetProperty("items")[0].GetProperty("lastSmtpMessage").GetString().ShouldBe("refused");
        attempts.ShouldBe(0);
        (await CountAsync("SELECT count(*) FROM mail_queue")).ShouldBe(0);
    }
}
