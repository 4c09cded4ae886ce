using System.Collections.Concurrent;
using System.Diagnostics;

namespace GoTrs.WebApi.IntegrationTests.Support;

/// <summary>
/// Counts the SQL commands sent through Npgsql while it is alive, from Npgsql's own tracing (one activity per command
/// or batch). It sees EF Core queries and raw Npgsql commands alike.
/// </summary>
public sealed class SqlCounter : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<string> _commands = new();

    public SqlCounter()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                var text = activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement");
                if (text is not null) _commands.Enqueue(text.ToString()!);
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public int Count => _commands.Count;

    public IReadOnlyList<string> Commands => _commands.ToList();

    public void Dispose() => _listener.Dispose();

    /// <summary>The statements one successful request sends.</summary>
    public static async Task<SqlCounter> CountAsync(Func<Task<HttpResponseMessage>> request)
    {
        var counter = new SqlCounter();
        try
        {
            var response = await request();
            response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
            return counter;
        }
        finally
        {
            counter._listener.Dispose();
        }
    }

    public override string ToString() => string.Join("\n---\n", _commands);
}
