using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace GoTrs.Infrastructure.UnitTests.Support;

/// <summary>
/// A private PostgreSQL cluster in a temporary folder: trust authentication, loopback TCP on a free port, no Unix
/// socket. PostgreSQL refuses to run as root, so under root the cluster belongs to and runs as <c>postgres</c>.
/// </summary>
internal sealed class ThrowawayCluster : IAsyncDisposable
{
    private const string SuperUser = "postgres";

    private readonly string _binDir;
    private readonly string _root;
    private readonly string _dataDir;
    private readonly bool _asPostgres = Environment.IsPrivilegedProcess;

    private ThrowawayCluster(string binDir, string root)
    {
        _binDir = binDir;
        _root = root;
        _dataDir = Path.Combine(root, "data");
    }

    public string ConnectionString { get; private set; } = "";

    public static async Task<ThrowawayCluster> StartAsync()
    {
        var cluster = new ThrowawayCluster(FindBinaries(), Directory.CreateTempSubdirectory("gotrs-test-pg-").FullName);
        try
        {
            await cluster.InitAndStartAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (File.Exists(Path.Combine(_dataDir, "postmaster.pid")))
                await RunAsync("pg_ctl", "-D", _dataDir, "-m", "immediate", "-w", "stop");
        }
        finally
        {
            if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        }
    }

    private async Task InitAndStartAsync()
    {
        if (_asPostgres) await RunProcessAsync("chown", [SuperUser, _root]);
        await RunAsync("initdb", "-D", _dataDir, "-U", SuperUser, "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync");

        var port = FreeLoopbackPort();
        // pg_ctl hands -o to a shell, so '' reaches the server as an empty value: no Unix socket at all.
        var options = $"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories='' -c fsync=off";
        await RunAsync("pg_ctl", "-D", _dataDir, "-l", Path.Combine(_root, "server.log"), "-o", options, "-w", "-t", "60", "start");

        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = SuperUser,
            Database = "postgres",
            Pooling = false,
        }.ConnectionString;
    }

    private Task RunAsync(string tool, params string[] args)
    {
        var path = Path.Combine(_binDir, tool);
        return _asPostgres
            ? RunProcessAsync("runuser", ["-u", SuperUser, "--", path, .. args], _root)
            : RunProcessAsync(path, args, _root);
    }

    private static async Task RunProcessAsync(string file, IEnumerable<string> args, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{file} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}:\n{await stdout}\n{await stderr}");
    }

    private static string FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var version) ? version : 0)
                .Select(d => Path.Combine(d, "bin"))
                .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            : null;
        return bin ?? throw new InvalidOperationException(
            $"No PostgreSQL server binaries under {root}/*/bin. Install PostgreSQL or set {ZnunyTestDatabase.AdminConnectionVariable} " +
            "to a superuser connection string.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
