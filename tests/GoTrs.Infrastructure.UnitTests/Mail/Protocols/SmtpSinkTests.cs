using System.Net.Mail;
using System.Text;

namespace GoTrs.Infrastructure.UnitTests.Mail.Protocols;

/// <summary>The SMTP sink that outbound mail tests will read from: what System.Net.Mail sends arrives as a file.</summary>
public sealed class SmtpSinkTests
{
    private static MailServers Servers => MailServersSetup.Servers;

    [Test]
    public async Task ShouldStoreMessageWithEnvelope_WhenSmtpClientSends()
    {
        var subject = $"Sink check {Guid.NewGuid():N}";
        using var smtp = new SmtpClient(Servers.Host, Servers.Port("SMTP_PORT"));

        await smtp.SendMailAsync(new MailMessage("agent@example.test", "customer@example.test", subject, "Your ticket is solved."));

        var received = await WaitForFileContainingAsync(subject);
        received.ShouldContain("X-Sink-Mail-From: <agent@example.test>");
        received.ShouldContain("X-Sink-Rcpt-To: <customer@example.test>");
        received.ShouldContain("Your ticket is solved.");
    }

    private static async Task<string> WaitForFileContainingAsync(string text)
    {
        var folder = Servers.Value("SMTP_RECEIVED_DIR");
        for (var attempt = 0; attempt < 100; attempt++)
        {
            foreach (var file in Directory.GetFiles(folder, "*.eml"))
            {
                var content = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file));
                if (content.Contains(text, StringComparison.Ordinal)) return content;
            }

            await Task.Delay(100);
        }

        throw new AssertionException($"No message containing '{text}' reached {folder}.");
    }
}
