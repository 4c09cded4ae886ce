using System.Net.Http.Json;
using GoTrs.Application.Features.Mail.Common;
using Microsoft.AspNetCore.Hosting;

namespace GoTrs.WebApi.IntegrationTests.Mail.Flows;

public sealed class OversizedMailTests : MailFlowTest
{
    [Test]
    public async Task ShouldLeaveMailOnServerAndImportTheRest_WhenOneIsTooLarge()
    {
        using var host = MailFlowSetup.Api.WithWebHostBuilder(b => b.UseSetting("Mail:MaxMessageBytes", "4000"));
        await SendToMailboxAsync(Message("Huge", body: new string('x', 10_000) + "\r\n"));
        await SendToMailboxAsync(Message("Small"));
        using var admin = host.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", (await LoginAsync("root@localhost", Support.GoTrsApiFactory.AdminPassword)).AccessToken);

        var counts = await (await admin.PostAsync($"/api/v1/admin/mail-accounts/{AccountId}/fetch", null)).Content.ReadFromJsonAsync<FetchCounts>();
        var waiting = await (await admin.PostAsync($"/api/v1/admin/mail-accounts/{AccountId}/test", null)).Content.ReadFromJsonAsync<Application.Features.Admin.MailAccounts.MailAccountTestResult>();

        counts.ShouldBe(new FetchCounts(1, 0, 0, 0, 1));
        waiting!.MessagesWaiting.ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM ticket WHERE title = 'Small'")).ShouldBe(1);
    }
}
