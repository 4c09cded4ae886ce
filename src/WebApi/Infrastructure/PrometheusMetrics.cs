using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace GoTrs.WebApi.Infrastructure;

/// <summary>
/// Request counts and latency histograms by route, plus the Npgsql connection pool gauges (observed from the
/// "Npgsql" meter at scrape time), written in the Prometheus text format.
/// </summary>
public sealed class PrometheusMetrics : IDisposable
{
    private static readonly double[] Buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly ConcurrentDictionary<(string Method, string Route, int Status), long> _requests = new();
    private readonly ConcurrentDictionary<(string Method, string Route), Histogram> _durations = new();
    private readonly ConcurrentDictionary<(string Name, string Labels), double> _gauges = new();
    private readonly MeterListener _listener = new();

    public PrometheusMetrics()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Npgsql" && instrument.GetType().Name.StartsWith("Observable", StringComparison.Ordinal))
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Observe(i, v, tags));
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Observe(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Observe(i, v, tags));
        _listener.Start();
    }

    public void RecordRequest(string method, string route, int status, TimeSpan elapsed)
    {
        _requests.AddOrUpdate((method, route, status), 1, (_, n) => n + 1);
        _durations.GetOrAdd((method, route), _ => new Histogram()).Observe(elapsed.TotalSeconds);
    }

    public string Render()
    {
        _listener.RecordObservableInstruments();
        var text = new StringBuilder();
        text.AppendLine("# HELP gotrs_http_requests_total HTTP requests by method, route and status.");
        text.AppendLine("# TYPE gotrs_http_requests_total counter");
        foreach (var ((method, route, status), count) in _requests.OrderBy(r => r.Key.Route))
            text.AppendLine($"gotrs_http_requests_total{{method=\"{method}\",route=\"{Escape(route)}\",status=\"{status}\"}} {count}");

        text.AppendLine("# HELP gotrs_http_request_duration_seconds HTTP request latency by method and route.");
        text.AppendLine("# TYPE gotrs_http_request_duration_seconds histogram");
        foreach (var ((method, route), histogram) in _durations.OrderBy(d => d.Key.Route))
            histogram.Write(text, $"method=\"{method}\",route=\"{Escape(route)}\"");

        foreach (var group in _gauges.GroupBy(g => g.Key.Name).OrderBy(g => g.Key))
        {
            text.AppendLine($"# TYPE {group.Key} gauge");
            foreach (var ((_, labels), value) in group)
                text.AppendLine($"{group.Key}{{{labels}}} {value.ToString(CultureInfo.InvariantCulture)}");
        }

        using var process = Process.GetCurrentProcess();
        text.AppendLine("# TYPE process_resident_memory_bytes gauge");
        text.AppendLine($"process_resident_memory_bytes {process.WorkingSet64}");
        text.AppendLine("# TYPE dotnet_gc_heap_bytes gauge");
        text.AppendLine($"dotnet_gc_heap_bytes {GC.GetTotalMemory(false)}");
        return text.ToString();
    }

    public void Dispose() => _listener.Dispose();

    private void Observe(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var name = "npgsql_" + Sanitize(instrument.Name);
        var labels = new List<string>();
        foreach (var tag in tags)
            labels.Add($"{Sanitize(tag.Key)}=\"{Escape(tag.Value?.ToString() ?? "")}\"");
        _gauges[(name, string.Join(',', labels.Order()))] = value;
    }

    private static string Sanitize(string name) =>
        new(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());

    private static string Escape(string value) => value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n");

    private sealed class Histogram
    {
        private readonly long[] _counts = new long[Buckets.Length];
        private long _count;
        private double _sum;
        private readonly Lock _gate = new();

        public void Observe(double seconds)
        {
            lock (_gate)
            {
                for (var i = 0; i < Buckets.Length; i++)
                    if (seconds <= Buckets[i]) _counts[i]++;
                _count++;
                _sum += seconds;
            }
        }

        public void Write(StringBuilder text, string labels)
        {
            lock (_gate)
            {
                for (var i = 0; i < Buckets.Length; i++)
                    text.AppendLine($"gotrs_http_request_duration_seconds_bucket{{{labels},le=\"{Buckets[i].ToString(CultureInfo.InvariantCulture)}\"}} {_counts[i]}");
                text.AppendLine($"gotrs_http_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {_count}");
                text.AppendLine($"gotrs_http_request_duration_seconds_sum{{{labels}}} {_sum.ToString(CultureInfo.InvariantCulture)}");
                text.AppendLine($"gotrs_http_request_duration_seconds_count{{{labels}}} {_count}");
            }
        }
    }
}
