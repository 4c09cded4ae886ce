using GoTrs.Infrastructure.Persistence.Seed;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GoTrs.WebApi.IntegrationTests.Support;

/// <summary>The real API in memory, against its own real PostgreSQL database.</summary>
public sealed class GoTrsApiFactory(string connectionString) : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Admin-Test-Pa55!";
    public const int MaxAttachmentBytes = 256 * 1024;
    public const int ListCountLimit = 20;

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("gotrs-data-").FullName;

    public string ConnectionString => connectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("GOTRS_DATA_DIR", DataFolder);
        builder.UseSetting(InitialAdminSeeder.PasswordVariable, AdminPassword);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Tickets:MaxAttachmentBytes", MaxAttachmentBytes.ToString());
        builder.UseSetting("Tickets:ListCountLimit", ListCountLimit.ToString());
        // Periodic jobs are driven by their own tests; here they would race the per-test database reset.
        builder.UseSetting("Jobs:Enabled", "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataFolder)) Directory.Delete(DataFolder, recursive: true);
    }
}
