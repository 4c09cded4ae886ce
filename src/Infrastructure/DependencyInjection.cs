using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Infrastructure.Events;
using GoTrs.Infrastructure.Search;
using GoTrs.Infrastructure.Tickets;
using GoTrs.Infrastructure.Hosting;
using GoTrs.Infrastructure.Html;
using GoTrs.Infrastructure.Identity;
using GoTrs.Infrastructure.Jobs;
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
            // Ticket queries join a dozen lookup tables: planning them costs more than running them. Prepared
            // statements (kept across pooled connection reuse) plan each query shape once per connection.
            if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
            {
                builder.ConnectionStringBuilder.MaxAutoPrepare = 100;
                builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
            }
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
        services.AddScoped<ITicketTextSearch, PostgresTicketTextSearch>();
        services.AddTicketNumbers(configuration);
        services.AddHtmlSanitizer();
        services.AddEscalation(configuration);
        services.AddTicketEvents(configuration);
        return services;
    }
}
