using System.Text.Json;
using System.Threading.Channels;
using GoTrs.Application.Features.Events;

namespace GoTrs.WebApi.IntegrationTests.Support;

/// <summary>An open GET /api/v1/events stream, read in the background frame by frame like the SPA reads it.</summary>
public sealed class EventStream : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<TicketEventDto> _events = Channel.CreateUnbounded<TicketEventDto>();
    private readonly Task _reading;

    private EventStream(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reading = ReadAsync(new StreamReader(body));
    }

    public HttpResponseMessage Response => _response;

    public List<string> Comments { get; } = [];

    public static async Task<EventStream> OpenAsync(HttpClient client, string? lastEventId = null, string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events" + query);
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var stream = new EventStream(response, await response.Content.ReadAsStreamAsync());
        return stream;
    }

    /// <summary>The next event, or null when none comes within <paramref name="timeout"/>.</summary>
    public async Task<TicketEventDto?> NextAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            return await _events.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>The next event matching <paramref name="match"/>, skipping others, or null after <paramref name="timeout"/>.</summary>
    public async Task<TicketEventDto?> NextAsync(Func<TicketEventDto, bool> match, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            var next = await NextAsync(until - DateTime.UtcNow);
            if (next is null) return null;
            if (match(next)) return next;
        }
        return null;
    }

    private async Task ReadAsync(StreamReader reader)
    {
        string? id = null, type = null, data = null;
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (type == "ticket" && data is not null)
                    {
                        var e = JsonSerializer.Deserialize<TicketEventDto>(data, JsonSerializerOptions.Web)!;
                        e.Id.ToString().ShouldBe(id);
                        await _events.Writer.WriteAsync(e);
                    }
                    id = type = data = null;
                }
                else if (line.StartsWith(':')) lock (Comments) Comments.Add(line[1..].Trim());
                else if (line.StartsWith("id: ")) id = line[4..];
                else if (line.StartsWith("event: ")) type = line[7..];
                else if (line.StartsWith("data: ")) data = line[6..];
            }
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        try
        {
            await _reading.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
        }
        _stop.Dispose();
    }
}
