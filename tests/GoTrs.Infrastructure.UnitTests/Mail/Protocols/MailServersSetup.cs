using System.Diagnostics;

namespace GoTrs.Infrastructure.UnitTests.Mail.Protocols;

/// <summary>One set of mail servers for every test in this namespace; each test works in mailboxes of its own.</summary>
[SetUpFixture]
public sealed class MailServersSetup
{
    private static MailServers? _servers;

    internal static MailServers Servers => _servers ?? throw new InvalidOperationException("The mail servers are not running.");

    [OneTimeSetUp]
    public async Task StartServers()
    {
        var clock = Stopwatch.StartNew();
        _servers = await MailServers.StartAsync();
        TestContext.Progress.WriteLine($"mail servers (install if missing + start) ready in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [OneTimeTearDown]
    public async Task StopServers()
    {
        if (_servers is not null) await _servers.StopAsync();
        _servers = null;
    }
}
