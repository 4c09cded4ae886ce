using GoTrs.Application.Common.Interfaces;
using GoTrs.Infrastructure.Hosting;
using Microsoft.AspNetCore.DataProtection;
using GoTrs.Infrastructure.Identity.Tokens;
using GoTrs.Infrastructure.Persistence;
using GoTrs.WebApi.Endpoints;
using GoTrs.WebApi.Infrastructure;

namespace GoTrs.WebApi;

public static class DependencyInjection
{
    public const string DefaultAddress = "http://127.0.0.1:8080";

    /// <summary>Serve on 127.0.0.1:8080 unless --urls or ASPNETCORE_URLS says otherwise.</summary>
    public static void UseDefaultAddressWhenUnconfigured(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
            builder.WebHost.UseUrls(DefaultAddress);
    }

    public static void AddWebApi(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });

        // Room for an article's attachments (50 MB by default, a third more as base64 JSON); larger bodies get 413.
        const long maxBody = 80L * 1024 * 1024;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxBody);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form => form.MultipartBodyLengthLimit = maxBody);

        var services = builder.Services;
        // Keys for ASP.NET's own data protection stay with the rest of GoTrs's data, not in the account's home.
        services.AddDataProtection()
            .PersistKeysToFileSystem(new DirectoryInfo(DataFolder.FromConfiguration(builder.Configuration).File("data-protection")));
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddSingleton<PrometheusMetrics>();
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);

        services.AddAuthentication(JwtAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, JwtAuthenticationHandler>(
                JwtAuthenticationHandler.SchemeName, null);
        services.AddGoTrsAuthorization();
        services.AddGoTrsOpenApi();
    }

    public static void UseWebApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseRouting();
        app.UseMiddleware<RequestMetricsMiddleware>();
        app.UseSpa();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapGoTrsOpenApi();
        app.MapOperationalEndpoints();
        app.MapOtrsLinks();
        var api = app.MapGroup("/api/v1");
        api.MapAuthEndpoints();
        api.MapMeEndpoints();
        api.MapLookupEndpoints();
        api.MapPeopleEndpoints();
        api.MapEventEndpoints();
        api.MapAdminCalendarEndpoints();
        api.MapAdminMailEndpoints();
        api.MapTicketRelationEndpoints();
        api.MapTicketEndpoints();
    }
}
