using System.Net.Http.Json;

namespace GoTrs.WebApi.IntegrationTests.Mail.Flows;

/// <summary>Znuny's default notifications, end to end: a ticket change, the notification job, the mail at the SMTP sink.</summary>
public sealed class TicketNotificationTests : NotificationTest
{
    [Test]
    public async Task ShouldMailAgentsWithTheQueueInMyQueuesButNotTheCreator_WhenTicketIsCreated()
    {
        var creator = await AgentAsync("creator", "rw");
        var subscriber = await AgentAsync("subscriber", "ro");
        await AgentAsync("bystander", "rw");
        var outsider = await CreateAgentAsync("outsider");
        await SetPreferenceAsync(outsider, "UserEmail", "outsider@agents.example");
        foreach (var agent in new[] { creator, subscriber, outsider }) await AddMyQueueAsync(agent, SupportQueue);
        using var client = await LoginAsAsync("creator");

        var ticket = await CreateTicketAsync(client);
        var mails = await NotifyAsync();

        var mail = mails.ShouldHaveSingleItem();
        Contact(mail.To).ShouldBe("subscriber@agents.example");
        mail.Subject.ShouldBe($"[Ticket#{ticket.TicketNumber}] New ticket: Printer on fire");
        HeaderOf(mail.Raw, "From").ShouldContain("znuny@localhost");
        HeaderOf(mail.Raw, "Auto-Submitted").ShouldBe("auto-generated");
        mail.Text.ShouldContain($"ticket {ticket.TicketNumber} was created in queue Support.");
        mail.Text.ShouldContain("> It smokes.");
        (await NotificationHistoryAsync(ticket.Id)).ShouldBe(["SendAgentNotification %%Ticket create notification%%subscriber%%Email"]);
    }

    [Test]
    public async Task ShouldMailTheNewOwner_WhenOwnerChanges()
    {
        await AgentAsync("dispatcher", "rw");
        await AgentAsync("fixer", "rw");
        using var client = await LoginAsAsync("dispatcher");
        var ticket = await CreateTicketAsync(client);
        await NotifyAsync();
        var fixer = await ScalarAsync<int>("SELECT id FROM users WHERE login = 'fixer'");

        (await client.PatchAsJsonAsync($"/api/v1/tickets/{ticket.Id}", new { ownerId = fixer })).EnsureSuccessStatusCode();
        var mails = await NotifyAsync();

        var mail = mails.ShouldHaveSingleItem();
        Contact(mail.To).ShouldBe("fixer@agents.example");
        mail.Subject.ShouldEndWith("Owner changed: Printer on fire");
        mail.Text.ShouldContain("Test dispatcher made Test fixer the owner");
    }

    [Test]
    public async Task ShouldMailTheOwner_WhenCustomerFollowsUpByMail()
    {
        await AgentAsync("owner1", "rw");
        using var client = await LoginAsAsync("owner1");
        var ticket = await CreateTicketAsync(client, customer: "alice@example.com");
        await NotifyAsync();

        await SendToMailboxAsync(Message($"Re: [Ticket#{ticket.TicketNumber}] Printer on fire", from: "alice@example.com",
            body: "Now it is really burning.\r\n"));
        await PollAsync();
        var mails = await NotifyAsync();

        var mail = mails.ShouldHaveSingleItem();
        Contact(mail.To).ShouldBe("owner1@agents.example");
        mail.Subject.ShouldStartWith($"[Ticket#{ticket.TicketNumber}] Follow-up (unlocked)");
        mail.Text.ShouldContain("> Now it is really burning.");
    }

    [Test]
    public async Task ShouldMailAgentsWithTheQueueInMyQueues_WhenMailOpensATicket()
    {
        await SubscriberAsync("subscriber");
        await SendToMailboxAsync(Message("Scanner jammed", from: "Bob Example <bob@example.com>", body: "Paper everywhere.\r\n"));

        await PollAsync();
        var mail = (await NotifyAsync()).ShouldHaveSingleItem();

        Contact(mail.To).ShouldBe("subscriber@agents.example");
        mail.Subject.ShouldEndWith("New ticket: Scanner jammed");
        mail.Text.ShouldContain("Bob Example wrote:\n> Paper everywhere.");
    }

    [Test]
    public async Task ShouldMailOwnerAndWatchersButNotTheWriter_WhenNoteIsAdded()
    {
        await AgentAsync("owner2", "rw");
        await AgentAsync("watcher", "ro");
        await AgentAsync("writer", "rw");
        using var owner = await LoginAsAsync("owner2");
        var ticket = await CreateTicketAsync(owner);
        using (var watcher = await LoginAsAsync("watcher"))
            (await watcher.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id}/watchers", new { })).EnsureSuccessStatusCode();
        await NotifyAsync();
        using var writer = await LoginAsAsync("writer");

        (await writer.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id}/articles",
            new { subject = "Checked", body = "The fuse is gone.", channel = "internal" })).EnsureSuccessStatusCode();
        var mails = await NotifyAsync();

        Addressees(mails).ShouldBe(["owner2@agents.example", "watcher@agents.example"]);
        mails.ShouldAllBe(m => m.Subject.EndsWith("New note: Printer on fire") && m.Text.Contains("> The fuse is gone."));
    }

    [Test]
    public async Task ShouldWriteInTheRecipientsLanguage_WhenRecipientPrefersGerman()
    {
        await SetPreferenceAsync(await SubscriberAsync("german"), "UserLanguage", "de");

        var ticket = await TicketByCreatorAsync("Drucker brennt");
        var mail = (await NotifyAsync()).ShouldHaveSingleItem();

        mail.Subject.ShouldBe($"[Ticket#{ticket.TicketNumber}] Neues Ticket: Drucker brennt");
        mail.Text.ShouldContain("Hallo Test,");
        mail.Text.ShouldContain($"das Ticket {ticket.TicketNumber} wurde in der Queue Support angelegt.");
        mail.Text.ShouldContain($"Action=AgentTicketZoom;TicketID={ticket.Id}");
        mail.Raw.ShouldNotContain("<OTRS_");
    }

    [Test]
    public async Task ShouldMailNothing_WhenTheAgentSwitchedTheNotificationOff()
    {
        var quiet = await SubscriberAsync("quiet");
        await SetPreferenceAsync(quiet, "NotificationTransport", """{"Notification-1-Email":0,"Notification-2-Email":1}""");

        var ticket = await TicketByCreatorAsync();

        (await NotifyAsync()).ShouldBeEmpty();
        (await NotificationHistoryAsync(ticket.Id)).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldMailNothing_WhenTheAgentSwitchedTheNotificationOffThroughThePreferencesApi()
    {
        await SubscriberAsync("quiet");
        using (var quiet = await LoginAsAsync("quiet"))
            (await quiet.PutAsJsonAsync("/api/v1/me/preferences/notificationTransport", new Dictionary<string, int> { ["Notification-1-Email"] = 0 }))
                .EnsureSuccessStatusCode();

        await TicketByCreatorAsync();

        (await NotifyAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldMailNothing_WhenTheAgentIsInvalid()
    {
        var gone = await SubscriberAsync("gone");
        await ExecuteAsync("UPDATE users SET valid_id = 2 WHERE id = @id", ("id", gone));

        await TicketByCreatorAsync();

        (await NotifyAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldMailOnce_WhenTheJobRunsTwiceAndOnTwoServersAtOnce()
    {
        await SubscriberAsync("subscriber");
        var ticket = await TicketByCreatorAsync();
        var otherServer = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<GoTrs.Infrastructure.Notifications.NotificationJob>(Api.Services);

        await Task.WhenAll(RunNotificationJobAsync(), otherServer.RunOnceAsync(CancellationToken.None), RunNotificationJobAsync());
        await otherServer.RunOnceAsync(CancellationToken.None);
        var mails = await NotifyAsync();

        Addressees(mails).ShouldBe(["subscriber@agents.example"]);
        (await NotificationHistoryAsync(ticket.Id)).Count.ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM gotrs_notification_event")).ShouldBe(0);
    }

    [Test]
    public async Task ShouldKeepTheChangeAndNotifyItLater_WhenNotifyingFails()
    {
        await SubscriberAsync("subscriber");
        await AddItemAsync(1, "Recipients", "Customer");
        await TicketByCreatorAsync();

        await BreakArticleIdsAsync();
        var whileBroken = await NotifyAsync();
        await ExecuteAsync("SELECT setval(pg_get_serial_sequence('article', 'id'), (SELECT max(id) FROM article))");
        var afterRepair = await NotifyAsync();

        whileBroken.ShouldBeEmpty();
        Addressees(afterRepair).ShouldBe(["jane@example.com", "subscriber@agents.example"]);
        (await CountAsync("SELECT count(*) FROM gotrs_notification_event")).ShouldBe(0);
    }

    [Test]
    public async Task ShouldRecordTheFailure_WhenNotifyingFails()
    {
        await SubscriberAsync("subscriber");
        await AddItemAsync(1, "Recipients", "Customer");
        await TicketByCreatorAsync();

        await BreakArticleIdsAsync();
        await RunNotificationJobAsync();

        (await ListAsync("SELECT history_type || ' ' || attempts FROM gotrs_notification_event WHERE last_error LIKE '%duplicate key%'"))
            .ShouldBe(["PhoneCallCustomer 1"]);
        (await CountAsync("SELECT count(*) FROM mail_queue")).ShouldBe(0);
    }

    // The next article ids drawn are ones that exist (the welcome ticket's and the new ticket's): the customer's
    // notification article cannot be written, neither in the job's batch nor when it retries the change alone.
    private static Task BreakArticleIdsAsync() =>
        ExecuteAsync("SELECT setval(pg_get_serial_sequence('article', 'id'), (SELECT min(id) FROM article), false)");

    private static string Contact(string mailbox) => GoTrs.Application.Features.Mail.Common.Contact.AddressOf(mailbox);
}
