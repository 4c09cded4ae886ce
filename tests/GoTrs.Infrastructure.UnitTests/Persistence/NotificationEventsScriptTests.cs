using System.Text.RegularExpressions;
using GoTrs.Domain.Notifications;
using GoTrs.Infrastructure.Persistence.Migrations;

namespace GoTrs.Infrastructure.UnitTests.Persistence;

public sealed class NotificationEventsScriptTests
{
    [Test]
    public void ShouldCopyExactlyTheHistoryTypesThatRaiseEvents_WhenTheTriggerFilters()
    {
        var sql = SchemaScript.LoadAll().Single(s => s.Id == "gotrs/0031_notification_events").Sql;
        var list = Regex.Match(sql, @"ht\.name IN \(([^)]*)\)").Groups[1].Value;

        var copied = Regex.Matches(list, "'([A-Za-z]+)'").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();

        copied.ShouldBe(TicketEvents.RaisingHistoryTypes.Order(StringComparer.Ordinal).ToList());
    }
}
