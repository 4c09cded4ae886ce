using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests;

/// <summary>One API host and one database for the whole run; tests reset the data, not the host.</summary>
[SetUpFixture]
public sealed class TestRun
{
    private static GoTrsApiFactory? _api;

    public static GoTrsApiFactory Api => _api ?? throw new InvalidOperationException("The test run has not started.");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _api = new GoTrsApiFactory(await TestDatabase.CreateDatabaseAsync());
        using var client = _api.CreateClient(); // starts the host: migrations and seed run here
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _api?.Dispose();
        await TestDatabase.StopAsync();
    }
}
