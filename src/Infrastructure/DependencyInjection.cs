using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Infrastructure.Events;
using GoTrs.Infrastructure.Search;
using GoTrs.Infrastructure.Tickets;
using GoTrs.Infrastructure.Tickets.Reads;
using GoTrs.Infrastructure.Hosting;
using GoTrs.Infrastructure.Html;
using GoTrs.Infrastructure.Identity;
using GoTrs.Infrastructure.Jobs;
using GoTrs.Infrastructure.Mail;
using GoTrs.Infrastructure.Notifications;
using GoTrs.Infrastructure.Identity.Passwords;
using GoTrs.Infrastructure.Identity.Tokens;
using GoTrs.Infrastructure.Persistence;
using GoTrs.Infrastructure.Persistence.Migrations;
using GoTrs.Infrastructure.Persistence.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GoTrs.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Default";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not set.");

        services.AddSingleton(DataFolder.FromConfiguration(configuration));
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();

        services.AddSingleton(_ =>
        {
            var builder = new NpgsqlDataSourceBuilder(connectionString);
            // Prepared statements (kept across pooled connection reuse) save parsing and, where PostgreSQL settles on
            // a generic plan, planning.
            var settings = builder.ConnectionStringBuilder;
            if (settings.MaxAutoPrepare == 0)
            {
                settings.MaxAutoPrepare = 100;
                settings.AutoPrepareMinUsages = 2;
            }
            // EF opens and closes the connection around every query, and each return to the pool would queue three
            // reset statements for the next use. GoTrs leaves no session state behind (advisory locks are released,
            // settings are transaction-local), so the reset is skipped unless the connection string asks for it.
            if (!connectionString.Contains("No Reset On Close", StringComparison.OrdinalIgnoreCase)
                && !connectionString.Contains("NoResetOnClose", StringComparison.OrdinalIgnoreCase))
                settings.NoResetOnClose = true;
            return builder.Build();
        });
        services.AddScoped<AuditInterceptor>();
        services.AddDbContext<AppDbContext>((sp, options) => options
            .UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>())
            .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());

        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<InitialAdminSeeder>();
        services.AddSingleton<DatabaseState>();
        services.AddHostedService<DatabaseInitializer>();

        services.Configure<AuthOptions>(configuration.GetSection("Auth"));
        services.Configure<JwtOptions>(configuration.GetSection(JwtOptions.SectionName));
        services.AddSingleton<IPostConfigureOptions<JwtOptions>, SigningKeyProvider>();
        services.AddSingleton<JwtHs256>();
        services.AddSingleton<IPasswordHasher, OtrsPasswordHasher>();
        services.AddSingleton<IAccessTokenIssuer, AccessTokenIssuer>();
        services.AddSingleton<IRefreshTokenStore, RefreshTokenStore>();
        services.AddSingleton<ILoginThrottle, LoginThrottle>();

        services.Configure<TicketOptions>(configuration.GetSection(TicketOptions.SectionName));
        services.AddSingleton<IIdAllocator, SequenceIdAllocator>();
        services.AddSingleton<ITicketReader, PostgresTicketReader>();
        services.AddSingleton<IAgentGrantReader, PostgresAgentGrantReader>();
        services.AddSingleton<ITicketReferenceReader, PostgresTicketReferenceReader>();
        services.AddTicketNumbers(configuration);
        services.AddHtmlSanitizer();
        services.AddEscalation(configuration);
        services.AddTicketEvents(configuration);
        services.AddMail(configuration);
        services.AddTicketNotifications(configuration);
        return services;
    }
}
