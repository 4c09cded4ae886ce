using GoTrs.Infrastructure.Persistence.Embedded;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GoTrs.Infrastructure.Hosting;

/// <summary>
/// With no <c>ConnectionStrings:Default</c>, starts the embedded PostgreSQL under the data folder, points the
/// configuration at it and stops it when the host stops.
/// </summary>
public static class EmbeddedDatabaseHosting
{
    public static async Task UseEmbeddedDatabaseWhenUnconfiguredAsync(
        this IHostApplicationBuilder builder, CancellationToken ct = default)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(DependencyInjection.ConnectionStringName)))
            return;

        using var loggerFactory = LoggerFactory.Create(logging => logging.AddJsonConsole(o => o.UseUtcTimestamp = true));
        var dataFolder = DataFolder.FromConfiguration(builder.Configuration);
        var postgres = new EmbeddedPostgres(dataFolder.Path, loggerFactory.CreateLogger<EmbeddedPostgres>());
        await postgres.StartAsync(ct);
        builder.Configuration[$"ConnectionStrings:{DependencyInjection.ConnectionStringName}"] = postgres.ConnectionString;
        builder.Services.AddHostedService(sp => new EmbeddedPostgresLifetime(postgres));
    }

    private sealed class EmbeddedPostgresLifetime(EmbeddedPostgres postgres) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => postgres.StopAsync();
    }
}
