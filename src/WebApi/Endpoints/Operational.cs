using GoTrs.WebApi.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace GoTrs.WebApi.Endpoints;

public static class Operational
{
    public static void MapOperationalEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") })
            .AllowAnonymous();
        app.MapGet("/metrics", (PrometheusMetrics metrics) =>
                Results.Text(metrics.Render(), "text/plain; version=0.0.4; charset=utf-8"))
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}
