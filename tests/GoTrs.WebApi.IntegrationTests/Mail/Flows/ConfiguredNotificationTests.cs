using System.Net.Http.Json;
using GoTrs.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.WebApi.IntegrationTests.Mail.Flows;

/// <summary>What an admin's notification settings do: customer recipients, ticket filters, reminders once a day.</summary>
public sealed class ConfiguredNotificationTests : NotificationTest
{
    private const int ClosedSuccessful = 2, PendingReminder = 6;

    [Test]
    public async Task ShouldMailTheCustomerAsAHiddenSystemArticle_WhenTheNotificationIsForTheCustomer()
    {
        await CreateCustomerAsync("jane", "ACME");
        await AddNotificationAsync("Ticket closed (customer)", "Closed: <OTRS_TICKET_Title>",
            "Dear <OTRS_CUSTOMER_REALNAME>,\nyour ticket <OTRS_TICKET_TicketNumber> is <OTRS_TICKET_State>.",
            ("Events", "TicketStateUpdate"), ("StateID", ClosedSuccessful.ToString()), ("Recipients", "Customer"), ("Transports", "Email"));
        await AgentAsync("closer", "rw");
        using var client = await LoginAsAsync("closer");
        var ticket = await CreateTicketAsync(client, customer: "jane");

        (await client.PatchAsJsonAsync($"/api/v1/tickets/{ticket.Id}", new { stateId = ClosedSuccessful })).EnsureSuccessStatusCode();
        var mail = (await NotifyAsync()).ShouldHaveSingleItem();

        GoTrs.Application.Features.Mail.Common.Contact.AddressOf(mail.To).ShouldBe("jane@example.com");
        mail.Text.ShouldContain($"Dear Cust jane,\nyour ticket {ticket.TicketNumber} is closed successful.");
        (await ListAsync("SELECT article_sender_type_id || ':' || is_visible_for_customer FROM article WHERE ticket_id = @t ORDER BY id",
            ("t", ticket.Id))).ShouldBe(["3:1", "2:0"]);
        (await NotificationHistoryAsync(ticket.Id)).ShouldBe(["SendCustomerNotification %%jane@example.com"]);
    }

    [Test]
    public async Task ShouldMailOnlyForTheFilteredQueue_WhenTheNotificationHasAQueueFilter()
    {
        await AddItemAsync(1, "QueueID", SecondQueue.ToString());
        await AgentAsync("creator", "rw");
        var subscriber = await AgentAsync("subscriber", "ro");
        await AddMyQueueAsync(subscriber, SupportQueue);
        await AddMyQueueAsync(subscriber, SecondQueue);
        using var client = await LoginAsAsync("creator");

        await CreateTicketAsync(client, title: "In the first queue");
        (await client.PostAsJsonAsync("/api/v1/tickets", NewTicket("In the second queue", queueId: SecondQueue))).EnsureSuccessStatusCode();
        var mails = await NotifyAsync();

        mails.ShouldHaveSingleItem().Subject.ShouldEndWith("New ticket: In the second queue");
    }

    [Test]
    public async Task ShouldRemindTheOwnerOncePerDay_WhenPendingTimesAreReached()
    {
        var ticketId = await SleepersTicketAsync();

        await ReachReminderAsync(ticketId, minutesAgo: 90);
        var first = await NotifyAsync();
        await ReachReminderAsync(ticketId, minutesAgo: 30);
        var second = await NotifyAsync();

        var mail = first.ShouldHaveSingleItem();
        GoTrs.Application.Features.Mail.Common.Contact.AddressOf(mail.To).ShouldBe("sleeper@agents.example");
        mail.Subject.ShouldEndWith("Reminder reached (unlocked): Printer on fire");
        second.ShouldBeEmpty("the second reminder of the day is not mailed");
        (await HistoryTypesAsync(ticketId)).Count(t => t == "Misc").ShouldBe(2);
    }

    [Test]
    public async Task ShouldRemindOnce_WhenTwoReminderChangesAreNotifiedInOneBatch()
    {
        var ticketId = await SleepersTicketAsync();

        await ReachReminderAsync(ticketId, minutesAgo: 90);
        await ReachReminderAsync(ticketId, minutesAgo: 30);
        var mails = await NotifyAsync();

        mails.ShouldHaveSingleItem().Subject.ShouldEndWith("Reminder reached (unlocked): Printer on fire");
    }

    /// <summary>A pending ticket of the agent "sleeper", with the notifications of its creation already sent.</summary>
    private async Task<long> SleepersTicketAsync()
    {
        await AgentAsync("sleeper", "rw");
        using var client = await LoginAsAsync("sleeper");
        var ticket = await CreateTicketAsync(client);
        await NotifyAsync();
        return ticket.Id;
    }

    private static async Task ReachReminderAsync(long ticketId, int minutesAgo)
    {
        await ReachPendingTimeAsync(ticketId, minutesAgo);
        await MailFlowSetup.Api.Services.GetRequiredService<PendingJob>().RunOnceAsync(CancellationToken.None);
    }

    [Test]
    public async Task ShouldMailEveryKindOfRecipientOnce_WhenTheNotificationNamesServicesCreatorGroupsAndRoles()
    {
        var role = await ScalarAsync<int>(
            "INSERT INTO roles (name, valid_id, create_time, create_by, change_time, change_by) VALUES ('Night shift', 1, now(), 1, now(), 1) RETURNING id");
        await ExecuteAsync("""
            INSERT INTO group_role (role_id, group_id, permission_key, permission_value, create_time, create_by, change_time, change_by)
            VALUES (@role, @group, 'ro', 1, now(), 1, now(), 1)
            """, ("role", role), ("group", SupportGroup));
        var service = await ScalarAsync<int>(
            "INSERT INTO service (name, valid_id, create_time, create_by, change_time, change_by) VALUES ('Printing', 1, now(), 1, now(), 1) RETURNING id");
        await AddNotificationAsync("Title changed", "Title: <OTRS_TICKET_Title>", "-",
            ("Events", "TicketTitleUpdate"), ("Recipients", "AgentMyServices"), ("Recipients", "AgentCreateBy"),
            ("RecipientGroups", SupportGroup.ToString()), ("RecipientRoles", role.ToString()), ("Transports", "Email"));
        await AgentAsync("creator", "rw");
        await AgentAsync("member", "ro");
        var editor = await AgentAsync("editor", "rw");
        var nightShift = await AgentAsync("nightshift");
        var servicer = await AgentAsync("servicer", "ro");
        var outsider = await AgentAsync("outsider");
        foreach (var agent in new[] { nightShift, editor })
            await ExecuteAsync("INSERT INTO role_user (user_id, role_id, create_time, create_by, change_time, change_by) VALUES (@u, @r, now(), 1, now(), 1)",
                ("u", agent), ("r", role));
        foreach (var agent in new[] { servicer, outsider })
            await ExecuteAsync("INSERT INTO personal_services (user_id, service_id) VALUES (@u, @s)", ("u", agent), ("s", service));
        using var creator = await LoginAsAsync("creator");
        var created = await creator.PostAsJsonAsync("/api/v1/tickets", new
        {
            title = "Printer on fire", queueId = SupportQueue, customerUser = "jane@example.com",
            article = new { subject = "Printer on fire", body = "Seen on my round.", contentType = "text/plain", channel = "internal" },
        });
        var ticketId = (await created.Content.ReadFromJsonAsync<GoTrs.Application.Features.Tickets.CreateTicket.CreatedTicket>())!.Id;
        await ExecuteAsync("UPDATE ticket SET service_id = @s WHERE id = @t", ("s", service), ("t", ticketId));
        await NotifyAsync();
        using var client = await LoginAsAsync("editor");

        (await client.PatchAsJsonAsync($"/api/v1/tickets/{ticketId}", new { title = "Printer fire out" })).EnsureSuccessStatusCode();
        var mails = await NotifyAsync();

        Addressees(mails).ShouldBe(["creator@agents.example", "member@agents.example", "nightshift@agents.example", "servicer@agents.example"]);
    }

    private static Task ReachPendingTimeAsync(long ticketId, int minutesAgo) => ExecuteAsync(
        "UPDATE ticket SET ticket_state_id = @state, until_time = @until WHERE id = @id",
        ("state", PendingReminder), ("until", (int)DateTimeOffset.UtcNow.AddMinutes(-minutesAgo).ToUnixTimeSeconds()), ("id", ticketId));
}
