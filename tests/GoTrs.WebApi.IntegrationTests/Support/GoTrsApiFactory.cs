using GoTrs.Infrastructure.Persistence.Seed;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GoTrs.WebApi.IntegrationTests.Support;

/// <summary>The real API in memory, against its own real PostgreSQL database.</summary>
public sealed class GoTrsApiFactory(string connectionString) : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Admin-Test-Pa55!";

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("gotrs-data-").FullName;

    public string ConnectionString => connectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("GOTRS_DATA_DIR", DataFolder);
        builder.UseSetting(InitialAdminSeeder.PasswordVariable, AdminPassword);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataFolder)) Directory.Delete(DataFolder, recursive: true);
    }
}
