using System.Diagnostics;

namespace GoTrs.WebApi.Infrastructure;

/// <summary>Times every request and records it under its route template (not the raw path, which would explode labels).</summary>
public sealed class RequestMetricsMiddleware(RequestDelegate next, PrometheusMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
            metrics.RecordRequest(context.Request.Method, route, context.Response.StatusCode, Stopwatch.GetElapsedTime(started));
        }
    }
}
