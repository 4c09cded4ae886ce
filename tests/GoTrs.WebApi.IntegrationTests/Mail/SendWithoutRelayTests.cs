using GoTrs.Infrastructure.Mail.Outbound;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.WebApi.IntegrationTests.Mail;

public sealed class SendWithoutRelayTests : MailTest
{
    [Test]
    public async Task ShouldLeaveQueuedMailUntouched_WhenNoRelayIsConfigured()
    {
        await EnableAutoResponseAsync(SupportQueue, 1);
        await DeliverAsync(Message("Printer on fire"), SupportQueue);

        await Api.Services.GetRequiredService<MailSendJob>().RunOnceAsync(CancellationToken.None);

        (await CountAsync("SELECT count(*) FROM mail_queue WHERE attempts = 0")).ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM article_data_mime_send_error")).ShouldBe(0);
    }
}
