using System.Net;
using System.Net.Http.Json;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Features.Admin.AutoResponses;

namespace GoTrs.WebApi.IntegrationTests.Admin.MailTexts;

public sealed class AutoResponseAdminTests : MailTextAdminTest
{
    private const string Path = "/api/v1/admin/auto-responses";

    private static object Response(string name = "Thanks", int typeId = 1, int systemAddressId = 1) => new
    {
        name, subject = "We got your mail: <OTRS_CUSTOMER_SUBJECT>", text = "Your ticket is <OTRS_TICKET_TicketNumber>.",
        typeId, systemAddressId, validId = 1,
    };

    [Test]
    public async Task ShouldCreateReadReplaceAndDelete_WhenAdmin()
    {
        var created = await CreatedAsync<AutoResponseDto>(Path, Response());
        var replaced = await Admin.PutAsJsonAsync($"{Path}/{created.Id}", Response("Thanks again", typeId: 3));
        var read = await Admin.GetFromJsonAsync<AutoResponseDto>($"{Path}/{created.Id}");
        var subjectColumn = await ScalarAsync<string>("SELECT text1 FROM auto_response WHERE id = @id", ("id", created.Id));
        var deleted = await Admin.DeleteAsync($"{Path}/{created.Id}");

        created.ShouldBe(new AutoResponseDto(created.Id, "Thanks", "We got your mail: <OTRS_CUSTOMER_SUBJECT>",
            "Your ticket is <OTRS_TICKET_TicketNumber>.", "text/plain; charset=utf-8", 1, "auto reply", 1, null, 1));
        replaced.StatusCode.ShouldBe(HttpStatusCode.OK);
        (read!.Name, read.TypeId, read.Type).ShouldBe(("Thanks again", 3, "auto follow up"));
        subjectColumn.ShouldBe("We got your mail: <OTRS_CUSTOMER_SUBJECT>");
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Test]
    public async Task ShouldListTheFourOfZnunyAndTheTypes_WhenFresh()
    {
        var page = await Admin.GetFromJsonAsync<PagedList<AutoResponseDto>>(Path);
        var types = await Admin.GetFromJsonAsync<List<AutoResponseTypeDto>>("/api/v1/admin/auto-response-types");

        page!.Total.ShouldBe(4);
        types!.Select(t => t.Name).ShouldBe(["auto reply", "auto reject", "auto follow up", "auto reply/new ticket", "auto remove"]);
    }

    [Test]
    public async Task ShouldAnswer400WithFieldErrors_WhenNameIsTakenOrReferencesAreMissing() =>
        (await ErrorFieldsAsync(await Admin.PostAsJsonAsync(Path, Response("default reply", typeId: 99, systemAddressId: 99))))
            .ShouldBe(["name", "typeId", "systemAddressId"]);

    [Test]
    public async Task ShouldAnswer409_WhenQueueSendsIt()
    {
        await EnableAutoResponseAsync(SupportQueue, 1);

        var detail = await DetailAsync(await Admin.DeleteAsync($"{Path}/1"), HttpStatusCode.Conflict);

        detail.ShouldContain("queue Support");
        (await Admin.DeleteAsync($"{Path}/2")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }
}
