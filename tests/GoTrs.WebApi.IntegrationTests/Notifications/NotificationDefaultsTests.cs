using GoTrs.Infrastructure.Persistence.Migrations;
using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.Notifications;

/// <summary>The notification defaults script: Znuny's items for unconfigured notifications, nothing for configured ones.</summary>
public sealed class NotificationDefaultsTests : ApiTest
{
    private static Task<List<string>> ItemsAsync(string notification) => ListAsync("""
        SELECT i.event_key || '=' || i.event_value FROM notification_event_item i JOIN notification_event n ON n.id = i.notification_id
        WHERE n.name = @name ORDER BY 1
        """, ("name", notification));

    private static Task RunDefaultsAsync() =>
        ExecuteAsync(SchemaScript.LoadAll().Single(s => s.Id == "gotrs/0030_notification_defaults").Sql);

    [Test]
    public async Task ShouldGiveTheSeededNotificationsZnunysItems_WhenInstalled()
    {
        (await ItemsAsync("Ticket owner update notification")).ShouldBe([
            "Events=NotificationOwnerUpdate", "Recipients=AgentOwner", "SendOnOutOfOffice=1", "Transports=Email"]);
        (await ItemsAsync("Ticket follow-up notification (locked)")).ShouldContain("LockID=3");
        (await ScalarAsync<long>("SELECT count(DISTINCT notification_id) FROM notification_event_item")).ShouldBe(16);
        (await ScalarAsync<long>("SELECT count(*) FROM notification_event_message WHERE language = 'de'")).ShouldBe(15);
    }

    [Test]
    public async Task ShouldLeaveConfiguredNotificationsAlone_WhenTheDefaultsRunAgain()
    {
        await ExecuteAsync("DELETE FROM notification_event_item WHERE notification_id = 5");
        await ExecuteAsync("INSERT INTO notification_event_item (notification_id, event_key, event_value) VALUES (5, 'Events', 'TicketCreate')");
        await ExecuteAsync("DELETE FROM notification_event_message WHERE notification_id = 6 AND language = 'de'");

        await RunDefaultsAsync();
        await RunDefaultsAsync();

        (await ItemsAsync("Ticket owner update notification")).ShouldBe(["Events=TicketCreate"]);
        (await ItemsAsync("Ticket create notification")).Count.ShouldBe(8);
        (await ScalarAsync<long>("SELECT count(*) FROM notification_event_message WHERE language = 'de'")).ShouldBe(15);
    }
}
