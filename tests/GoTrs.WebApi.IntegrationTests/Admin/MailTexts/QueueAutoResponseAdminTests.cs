using System.Net;
using System.Net.Http.Json;
using GoTrs.Application.Features.Admin.AutoResponses;
using GoTrs.Application.Features.Admin.QueueAutoResponses;

namespace GoTrs.WebApi.IntegrationTests.Admin.MailTexts;

public sealed class QueueAutoResponseAdminTests : MailTextAdminTest
{
    private string Path => $"/api/v1/admin/queues/{SupportQueue}/auto-responses";

    private async Task<HttpResponseMessage> SetAsync(params int[] ids) => await Admin.PutAsJsonAsync(Path, new { autoResponseIds = ids });

    [Test]
    public async Task ShouldListEveryTypeUnassigned_WhenQueueHasNone()
    {
        var queue = await Admin.GetFromJsonAsync<QueueAutoResponsesDto>(Path);

        queue!.Queue.ShouldBe("Support");
        queue.Types.Select(t => (t.Type, t.AutoResponseId)).ShouldBe(
            [("auto reply", null), ("auto reject", null), ("auto follow up", null), ("auto reply/new ticket", null), ("auto remove", (int?)null)]);
    }

    [Test]
    public async Task ShouldReplaceAssignment_WhenPut()
    {
        (await SetAsync(1, 3)).EnsureSuccessStatusCode();
        var replaced = await (await SetAsync(3, 2)).Content.ReadFromJsonAsync<QueueAutoResponsesDto>();
        var cleared = await (await SetAsync()).Content.ReadFromJsonAsync<QueueAutoResponsesDto>();

        replaced!.Types.Where(t => t.AutoResponseId is not null).Select(t => (t.TypeId, t.AutoResponse))
            .ShouldBe([(2, "default reject"), (3, "default follow-up")]);
        cleared!.Types.ShouldAllBe(t => t.AutoResponseId == null);
        (await CountAsync("SELECT count(*) FROM queue_auto_response")).ShouldBe(0);
    }

    [Test]
    public async Task ShouldSendAutoReply_WhenAssignedThroughTheApi()
    {
        (await SetAsync(1)).EnsureSuccessStatusCode();

        await DeliverAsync(Message("Printer on fire"), SupportQueue);

        (await CountAsync("SELECT count(*) FROM mail_queue")).ShouldBe(1);
    }

    [Test]
    public async Task ShouldAnswer400_WhenTwoShareATypeOrOneIsMissingOrInvalid()
    {
        var second = await CreatedAsync<AutoResponseDto>("/api/v1/admin/auto-responses",
            new { name = "Second reply", subject = "Re", text = "x", typeId = 1, systemAddressId = 1, validId = 2 });

        (await ErrorFieldsAsync(await SetAsync(1, second.Id))).ShouldBe(["autoResponseIds"]);
        (await ErrorFieldsAsync(await SetAsync(999))).ShouldBe(["autoResponseIds"]);
        (await ErrorFieldsAsync(await Admin.PutAsJsonAsync(Path, new { }))).ShouldBe(["autoResponseIds"]);
        (await CountAsync("SELECT count(*) FROM queue_auto_response")).ShouldBe(0);
    }

    [Test]
    public async Task ShouldAnswer404_WhenQueueDoesNotExist()
    {
        (await Admin.GetAsync("/api/v1/admin/queues/9999/auto-responses")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Admin.PutAsJsonAsync("/api/v1/admin/queues/9999/auto-responses", new { autoResponseIds = new[] { 1 } }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
