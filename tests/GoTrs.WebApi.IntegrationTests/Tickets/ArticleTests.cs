using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using GoTrs.Application.Features.Tickets.AddArticle;
using GoTrs.Application.Features.Tickets.CreateTicket;
using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.Tickets;

public sealed class ArticleTests : TicketTest
{
    [Test]
    public async Task ShouldStoreAttachmentsAndServeThemBackByteForByte_WhenSentAsMultipart()
    {
        using var agent = await AsSupportAgentAsync("uploader", "rw");
        var bytes = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(System.Text.Json.JsonSerializer.Serialize(NewTicket("With file")), System.Text.Encoding.UTF8, "application/json"), "ticket");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "files", "../../etc/report: q1?.pdf");

        var response = await agent.PostAsync("/api/v1/tickets", form);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = (await response.Content.ReadFromJsonAsync<CreatedTicket>())!;
        var attachment = (await ZoomAsync(agent, created.Id)).Articles.Items.Single().Attachments.Single();
        attachment.Filename.ShouldBe("report q1.pdf");
        attachment.Size.ShouldBe(256);
        var download = await agent.GetAsync($"/api/v1/tickets/{created.Id}/articles/{created.ArticleId}/attachments/{attachment.Id}");
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(bytes);
        (await ScalarAsync<string>("SELECT content FROM article_data_mime_attachment WHERE id = @id", ("id", attachment.Id)))
            .ShouldBe(Convert.ToBase64String(bytes), "PostgreSQL keeps binary content as base64 text, as Znuny does");
    }

    [Test]
    public async Task ShouldAnswer413_WhenAnAttachmentIsTooLarge()
    {
        using var agent = await AsSupportAgentAsync("big.sender", "rw");
        var created = await CreateTicketAsync(agent);
        var tooBig = new byte[GoTrsApiFactory.MaxAttachmentBytes + 1];

        var response = await agent.PostAsJsonAsync($"/api/v1/tickets/{created.Id}/articles", new
        {
            subject = "Logs", body = "see file", attachments = new[] { new { fileName = "big.log", contentType = "text/plain", content = tooBig } },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await ScalarAsync<long>("SELECT count(*) FROM article WHERE ticket_id = @t", ("t", created.Id))).ShouldBe(1L);
    }

    [Test]
    public async Task ShouldSanitizeHtmlAndKeepItsPlainText_WhenTheBodyIsHtml()
    {
        using var agent = await AsSupportAgentAsync("html.writer", "rw");
        var created = await CreateTicketAsync(agent);

        var response = await agent.PostAsJsonAsync($"/api/v1/tickets/{created.Id}/articles", new
        {
            subject = "Rich", contentType = "text/html", isVisibleForCustomer = true,
            body = "<p onclick=\"steal()\">Hello <b>world</b><script>alert(1)</script><a href=\"javascript:alert(2)\">x</a></p>",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var article = (await ZoomAsync(agent, created.Id)).Articles.Items.Last();
        article.BodyHtml.ShouldNotBeNull();
        article.BodyHtml.ShouldContain("<b>world</b>");
        article.BodyHtml.ShouldNotContain("script");
        article.BodyHtml.ShouldNotContain("onclick");
        article.BodyHtml.ShouldNotContain("javascript:");
        article.Body!.ShouldContain("Hello world");
        article.Attachments.ShouldBeEmpty("the HTML body is not listed as an attachment");
    }

    [Test]
    public async Task ShouldRecordNoteTypes_AsOtrsDoes()
    {
        using var agent = await AsSupportAgentAsync("noter", "note", "ro");
        using var creator = await AsSupportAgentAsync("maker", "rw");
        var created = await CreateTicketAsync(creator);

        var internalNote = await agent.PostAsJsonAsync($"/api/v1/tickets/{created.Id}/articles", new { subject = "i", body = "internal" });
        var external = await agent.PostAsJsonAsync($"/api/v1/tickets/{created.Id}/articles", new { subject = "e", body = "external", isVisibleForCustomer = true });
        var phone = await agent.PostAsJsonAsync($"/api/v1/tickets/{created.Id}/articles", new { subject = "p", body = "called", channel = "phone", senderType = "agent" });

        new[] { internalNote, external, phone }.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        var articles = (await ZoomAsync(agent, created.Id)).Articles.Items.Skip(1).ToList();
        articles.Select(a => $"{a.Channel}/{a.SenderType}/{a.IsVisibleForCustomer}")
            .ShouldBe(["internal/agent/False", "internal/agent/True", "phone/agent/True"]);
        (await HistoryTypesAsync(created.Id)).Skip(2).ShouldBe(["AddNote", "AddNote", "PhoneCallAgent"]);
    }

    [Test]
    public async Task ShouldChangeTheStateWithTheNote_WhenANextStateIsGiven()
    {
        using var agent = await AsSupportAgentAsync("closer", "rw");
        var created = await CreateTicketAsync(agent);

        var response = await agent.PostAsJsonAsync($"/api/v1/tickets/{created.Id}/articles",
            new { subject = "Done", body = "Fixed.", nextStateId = 2, timeUnits = 1.5 });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var zoom = await ZoomAsync(agent, created.Id);
        zoom.Ticket.StateType.ShouldBe("closed");
        zoom.TimeAccounted.ShouldBe(1.5m);
        (await HistoryTypesAsync(created.Id)).ShouldContain("StateUpdate");
    }

    [Test]
    public async Task ShouldShowCustomersOnlyTheirVisibleArticles()
    {
        await CreateCustomerAsync("jane", "ACME");
        using var agent = await AsSupportAgentAsync("helper", "rw");
        var created = await CreateTicketAsync(agent, customer: "jane");
        await agent.PostAsJsonAsync($"/api/v1/tickets/{created.Id}/articles", new { subject = "secret", body = "internal only" });
        await agent.PostAsJsonAsync($"/api/v1/tickets/{created.Id}/articles", new { subject = "answer", body = "for you", isVisibleForCustomer = true });
        using var customer = WithToken((await LoginAsync("jane", PersonaPassword, customer: true)).AccessToken);

        var zoom = await ZoomAsync(customer, created.Id);
        var followUp = await customer.PostAsJsonAsync($"/api/v1/tickets/{created.Id}/articles", new { subject = "thanks", body = "works" });

        zoom.Articles.Items.Select(a => a.Subject).ShouldBe(["Printer on fire", "answer"]);
        zoom.Articles.Total.ShouldBe(2);
        followUp.StatusCode.ShouldBe(HttpStatusCode.Created);
        var added = (await followUp.Content.ReadFromJsonAsync<CreatedArticle>())!;
        (await ListAsync("SELECT article_sender_type_id || '/' || is_visible_for_customer FROM article WHERE id = @a", ("a", added.Id)))
            .ShouldBe(["3/1"]);
        (await HistoryTypesAsync(created.Id)).Last().ShouldBe("FollowUp");
    }

    [Test]
    public async Task ShouldPageArticles_NewestFirstWhenAsked()
    {
        using var agent = await AsSupportAgentAsync("pager", "rw");
        var created = await CreateTicketAsync(agent);
        for (var i = 1; i <= 4; i++)
            await agent.PostAsJsonAsync($"/api/v1/tickets/{created.Id}/articles", new { subject = $"n{i}", body = "x" });

        var page = await agent.GetFromJsonAsync<Application.Common.Models.PagedList<Application.Features.Tickets.GetTicket.ArticleDto>>(
            $"/api/v1/tickets/{created.Id}/articles?page=1&pageSize=2&order=desc");

        page!.Total.ShouldBe(5);
        page.Items.Select(a => a.Subject).ShouldBe(["n4", "n3"]);
    }
}
