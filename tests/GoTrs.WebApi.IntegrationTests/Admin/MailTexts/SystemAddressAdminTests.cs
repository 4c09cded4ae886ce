using System.Net;
using System.Net.Http.Json;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Features.Admin.SystemAddresses;

namespace GoTrs.WebApi.IntegrationTests.Admin.MailTexts;

public sealed class SystemAddressAdminTests : MailTextAdminTest
{
    private const string Path = "/api/v1/admin/system-addresses";

    private object Address(string email = "support@example.com", int? queueId = null, int validId = 1) =>
        new { email, displayName = "Example Support", queueId = queueId ?? SupportQueue, comments = "Main", validId };

    [Test]
    public async Task ShouldCreateReadReplaceAndDelete_WhenAdmin()
    {
        var response = await Admin.PostAsJsonAsync(Path, Address());
        var created = (await response.Content.ReadFromJsonAsync<SystemAddressDto>())!;
        var replaced = await Admin.PutAsJsonAsync($"{Path}/{created.Id}", Address("help@example.com", SecondQueue, validId: 2));
        var read = await Admin.GetFromJsonAsync<SystemAddressDto>($"{Path}/{created.Id}");
        var deleted = await Admin.DeleteAsync($"{Path}/{created.Id}");

        response.Headers.Location!.ToString().ShouldBe($"{Path}/{created.Id}");
        created.ShouldBe(new SystemAddressDto(created.Id, "support@example.com", "Example Support", SupportQueue, "Main", 1));
        replaced.StatusCode.ShouldBe(HttpStatusCode.OK);
        read.ShouldBe(new SystemAddressDto(created.Id, "help@example.com", "Example Support", SecondQueue, "Main", 2));
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Admin.GetAsync($"{Path}/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldListPageByAddress_WhenPaged()
    {
        await CreatedAsync<SystemAddressDto>(Path, Address("a@example.com"));

        var page = await Admin.GetFromJsonAsync<PagedList<SystemAddressDto>>($"{Path}?page=2&pageSize=1");

        page!.Items.ShouldHaveSingleItem().Email.ShouldBe("znuny@localhost");
        (page.Page, page.PageSize, page.Total).ShouldBe((2, 1, 2));
        (await ErrorFieldsAsync(await Admin.GetAsync($"{Path}?page=0&pageSize=101"))).ShouldBe(["page", "pageSize"]);
    }

    [TestCase("not an address")]
    [TestCase("Support <support@example.com>")]
    [TestCase("support@example.com, help@example.com")]
    public async Task ShouldAnswer400ForEmail_WhenItIsNoBareAddress(string email) =>
        (await ErrorFieldsAsync(await Admin.PostAsJsonAsync(Path, Address(email)))).ShouldBe(["email"]);

    [Test]
    public async Task ShouldAnswer400WithFieldErrors_WhenAddressExistsOrQueueDoesNot()
    {
        var fields = await ErrorFieldsAsync(await Admin.PostAsJsonAsync(Path, Address("ZNUNY@localhost", queueId: 9999)));
        var empty = await ErrorFieldsAsync(await Admin.PostAsJsonAsync(Path, new { }));

        fields.ShouldBe(["email", "queueId"]);
        empty.ShouldBe(["email", "displayName", "queueId"]);
    }

    [Test]
    public async Task ShouldAnswer409NamingItsUsers_WhenAddressIsInUse()
    {
        var detail = await DetailAsync(await Admin.DeleteAsync($"{Path}/1"), HttpStatusCode.Conflict);

        detail.ShouldContain("queue Support");
        detail.ShouldContain("auto response default reply");
        detail.ShouldContain("invalid");
        (await CountAsync("SELECT count(*) FROM system_address WHERE id = 1")).ShouldBe(1);
    }

    [Test]
    public async Task ShouldAnswer404_WhenAddressDoesNotExist()
    {
        (await Admin.GetAsync($"{Path}/9999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Admin.PutAsJsonAsync($"{Path}/9999", Address())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Admin.DeleteAsync($"{Path}/9999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
