using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using GoTrs.Application.Features.Events;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace GoTrs.WebApi.Infrastructure;

/// <summary>
/// Writes ticket events as Server-Sent Events ("id", "event: ticket", one-line JSON "data") with a comment line as
/// heartbeat every <see cref="Heartbeat"/>. The stream ends when the client goes, the server stops or the caller's
/// access token expires (the client then reconnects with a fresh token and Last-Event-ID). Written by hand rather
/// than with the built-in SSE result because that one cannot send comments.
/// </summary>
public sealed class TicketEventStreamResult(IAsyncEnumerable<TicketEventDto> events) : IResult
{
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public async Task ExecuteAsync(HttpContext http)
    {
        var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var lifetime = http.RequestServices.GetRequiredService<IHostApplicationLifetime>();
        var clock = http.RequestServices.GetRequiredService<TimeProvider>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        if (TokenLifetime(http.User, clock) is { } remaining) stop.CancelAfter(remaining);

        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache, no-store";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var writer = new Writer(http.Response);
        try
        {
            await writer.WriteAsync("retry: 3000\n: connected\n\n", stop.Token);
            var heartbeat = HeartbeatAsync(writer, clock, stop.Token);
            try
            {
                await foreach (var e in events.WithCancellation(stop.Token))
                    await writer.WriteAsync(
                        $"id: {e.Id.ToString(CultureInfo.InvariantCulture)}\nevent: ticket\ndata: {JsonSerializer.Serialize(e, json)}\n\n",
                        stop.Token);
            }
            finally
            {
                await stop.CancelAsync();
                await heartbeat;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The client left, the server is stopping or the token expired: the stream simply ends.
        }
        catch (IOException) when (http.RequestAborted.IsCancellationRequested)
        {
        }
    }

    private static async Task HeartbeatAsync(Writer writer, TimeProvider clock, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Heartbeat, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(ct)) await writer.WriteAsync(": heartbeat\n\n", ct);
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
        }
    }

    private static TimeSpan? TokenLifetime(ClaimsPrincipal user, TimeProvider clock) =>
        long.TryParse(user.FindFirstValue("exp"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var exp)
            ? TimeSpan.FromSeconds(Math.Max(1, exp - clock.GetUtcNow().ToUnixTimeSeconds()))
            : null;

    // Events and heartbeats come from two loops; one write at a time keeps the frames whole.
    private sealed class Writer(HttpResponse response)
    {
        private readonly SemaphoreSlim _gate = new(1, 1);

        public async Task WriteAsync(string frame, CancellationToken ct)
        {
            await _gate.WaitAsync(ct);
            try
            {
                await response.Body.WriteAsync(Encoding.UTF8.GetBytes(frame), ct);
                await response.Body.FlushAsync(ct);
            }
            finally
            {
                _gate.Release();
            }
        }
    }
}
