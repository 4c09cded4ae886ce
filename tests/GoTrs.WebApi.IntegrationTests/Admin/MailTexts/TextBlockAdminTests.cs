using System.Net;
using System.Net.Http.Json;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Features.Admin.TextBlocks;

namespace GoTrs.WebApi.IntegrationTests.Admin.MailTexts;

/// <summary>Salutations and signatures share their shape and their rules.</summary>
[TestFixture("salutations", "salutation", "salutation_id")]
[TestFixture("signatures", "signature", "signature_id")]
public sealed class TextBlockAdminTests(string path, string table, string queueColumn) : MailTextAdminTest
{
    private string Path => $"/api/v1/admin/{path}";

    private static object Block(string name = "Formal", string text = "Dear <OTRS_CUSTOMER_REALNAME>,", string? contentType = null) =>
        new { name, text, contentType, comments = "for letters", validId = 1 };

    [Test]
    public async Task ShouldCreateReadReplaceAndDelete_WhenAdmin()
    {
        var created = await CreatedAsync<TextBlockDto>(Path, Block());
        var replaced = await Admin.PutAsJsonAsync($"{Path}/{created.Id}", Block("Friendly", "Hi!", "text/html; charset=utf-8"));
        var listed = await Admin.GetFromJsonAsync<PagedList<TextBlockDto>>(Path);
        var deleted = await Admin.DeleteAsync($"{Path}/{created.Id}");

        created.ShouldBe(new TextBlockDto(created.Id, "Formal", "Dear <OTRS_CUSTOMER_REALNAME>,", "text/plain; charset=utf-8", "for letters", 1));
        replaced.StatusCode.ShouldBe(HttpStatusCode.OK);
        listed!.Items.Select(b => b.Name).ShouldContain("Friendly");
        listed.Items.Single(b => b.Name == "Friendly").ContentType.ShouldBe("text/html; charset=utf-8");
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await CountAsync($"SELECT count(*) FROM {table} WHERE id = @id", ("id", created.Id))).ShouldBe(0);
    }

    [Test]
    public async Task ShouldAnswer400ForName_WhenAnotherHasIt()
    {
        var existing = await ScalarAsync<string>($"SELECT name FROM {table} WHERE id = 1");

        (await ErrorFieldsAsync(await Admin.PostAsJsonAsync(Path, Block(existing)))).ShouldBe(["name"]);
    }

    [Test]
    public async Task ShouldCreateOneAndRefuseTheOthers_WhenSameNameIsPostedAtOnce()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Admin.PostAsJsonAsync(Path, Block("Twin"))));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Created || s == HttpStatusCode.BadRequest || s == HttpStatusCode.Conflict);
    }

    [Test]
    public async Task ShouldAnswer400WithFieldErrors_WhenFieldsAreMissingOrWrong() =>
        (await ErrorFieldsAsync(await Admin.PostAsJsonAsync(Path, new { name = "", contentType = "application/pdf", validId = 7 })))
            .ShouldBe(["name", "text", "contentType", "validId"]);

    [Test]
    public async Task ShouldAnswer409AndKeepIt_WhenQueueUsesIt()
    {
        var created = await CreatedAsync<TextBlockDto>(Path, Block());
        await ExecuteAsync($"UPDATE queue SET {queueColumn} = @id WHERE id = @q", ("id", created.Id), ("q", SecondQueue));

        var detail = await DetailAsync(await Admin.DeleteAsync($"{Path}/{created.Id}"), HttpStatusCode.Conflict);

        detail.ShouldContain("queue Support::Second Level");
        (await Admin.GetAsync($"{Path}/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task ShouldKeepQueueUsingIt_WhenSetInvalid()
    {
        (await Admin.PutAsJsonAsync($"{Path}/1", new { name = "system standard", text = "x", validId = 2 })).EnsureSuccessStatusCode();

        (await CountAsync($"SELECT count(*) FROM queue WHERE {queueColumn} = 1")).ShouldBeGreaterThan(0);
        (await Admin.GetFromJsonAsync<TextBlockDto>($"{Path}/1"))!.ValidId.ShouldBe(2);
    }
}
