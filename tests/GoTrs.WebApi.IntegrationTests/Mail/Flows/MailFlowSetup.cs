using GoTrs.Infrastructure.UnitTests.Mail.Protocols;
using GoTrs.WebApi.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GoTrs.WebApi.IntegrationTests.Mail.Flows;

/// <summary>
/// A private dovecot and SMTP sink (scripts/mail-servers.sh) and an API host configured to use them: SMTP relay, the
/// servers' self-signed certificate trusted. Jobs stay off; tests run the poll and send jobs themselves.
/// </summary>
[SetUpFixture]
public sealed class MailFlowSetup
{
    private static MailServers? _servers;
    private static WebApplicationFactory<Program>? _api;

    internal static MailServers Servers => _servers ?? throw new InvalidOperationException("The mail servers are not running.");

    internal static WebApplicationFactory<Program> Api => _api ?? throw new InvalidOperationException("The mail host is not running.");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _servers = await MailServers.StartAsync();
        _api = TestRun.Api.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Smtp:Host", _servers.Host);
            builder.UseSetting("Smtp:Port", _servers.Value("SMTP_PORT"));
            builder.UseSetting("Smtp:TimeoutSeconds", "10");
            builder.UseSetting("Mail:TrustedCertificate", _servers.Value("TLS_CERT"));
        });
        using var client = _api.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _api?.Dispose();
        if (_servers is not null) await _servers.StopAsync();
    }
}
