using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GoTrs.Application.Features.Admin.Calendars;
using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.Admin;

public sealed class CalendarAdminTests : TicketTest
{
    private static readonly object OfficeHours = new
    {
        name = "Office", timeZone = "Europe/Berlin",
        workingHours = new Dictionary<string, string[][]>
        {
            ["mon"] = [["08:00", "17:00"]], ["tue"] = [["08:00", "17:00"]], ["wed"] = [["08:00", "17:00"]],
            ["thu"] = [["08:00", "17:00"]], ["fri"] = [["08:00", "12:00"]],
        },
        holidays = new[] { new { date = "12-25", name = "Christmas Day" } },
    };

    [Test]
    public async Task ShouldCreateListUpdateAndDeleteCalendars_WhenAdmin()
    {
        using var admin = await AsAdminAsync();

        var created = await admin.PostAsJsonAsync("/api/v1/admin/calendars", OfficeHours);
        var calendar = (await created.Content.ReadFromJsonAsync<CalendarDto>())!;
        var renamed = await admin.PutAsJsonAsync($"/api/v1/admin/calendars/{calendar.Id}", new
        {
            name = "Office hours", timeZone = "UTC", workingHours = new { mon = new[] { new[] { "09:00", "10:00" } } },
        });
        var listed = await admin.GetFromJsonAsync<List<CalendarDto>>("/api/v1/admin/calendars");
        var deleted = await admin.DeleteAsync($"/api/v1/admin/calendars/{calendar.Id}");

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        calendar.WorkingHours.GetProperty("fri")[0][1].GetString().ShouldBe("12:00");
        renamed.StatusCode.ShouldBe(HttpStatusCode.OK);
        listed!.Single().Name.ShouldBe("Office hours");
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Test]
    public async Task ShouldRefuseBrokenDefinitions_WithFieldErrors()
    {
        using var admin = await AsAdminAsync();

        var badZone = await admin.PostAsJsonAsync("/api/v1/admin/calendars", new
        {
            name = "X", timeZone = "Mars/Olympus", workingHours = new { mon = new[] { new[] { "08:00", "17:00" } } },
        });
        var badHours = await admin.PostAsJsonAsync("/api/v1/admin/calendars", new
        {
            name = "Y", workingHours = new { funday = new[] { new[] { "25:00", "17:00" } } },
        });

        badZone.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        badHours.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badHours.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("workingHours", out _).ShouldBeTrue();
    }

    [Test]
    public async Task ShouldAnswer403_WhenNotAdmin()
    {
        using var agent = await AsSupportAgentAsync("plain", "rw");

        (await agent.GetAsync("/api/v1/admin/calendars")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await agent.PostAsJsonAsync("/api/v1/admin/calendars", OfficeHours)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ShouldEscalateInBusinessTime_WhenTheQueueNamesACalendar()
    {
        using var admin = await AsAdminAsync();
        await admin.PostAsJsonAsync("/api/v1/admin/calendars", OfficeHours);
        await ExecuteAsync("UPDATE queue SET first_response_time = 120, calendar_name = 'Office' WHERE id = @q", ("q", SupportQueue));
        using var agent = await AsSupportAgentAsync("business", "rw");

        var created = await CreateTicketAsync(agent);
        var ticket = (await ZoomAsync(agent, created.Id)).Ticket;

        var due = ticket.Escalation.ResponseAt!.Value;
        var berlin = TimeZoneInfo.ConvertTime(due, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        var opening = TimeSpan.FromHours(8);
        (berlin.TimeOfDay >= opening && berlin.TimeOfDay <= TimeSpan.FromHours(17)).ShouldBeTrue($"due at {berlin}");
        berlin.DayOfWeek.ShouldNotBeOneOf(DayOfWeek.Saturday, DayOfWeek.Sunday);
    }
}
