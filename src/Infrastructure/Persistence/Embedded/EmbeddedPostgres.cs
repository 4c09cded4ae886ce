using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GoTrs.Infrastructure.Persistence.Embedded;

/// <summary>
/// A private PostgreSQL cluster under the data folder: created on first use, listening on loopback TCP only
/// (no Unix socket), password-protected, kept across restarts and stopped with the host.
/// PostgreSQL refuses to run as root. Under root it runs inside a fresh user namespace (<c>unshare -U</c>), where it is
/// not uid 0 yet still owns the root-owned data folder; where namespaces are unavailable, as the <c>postgres</c> account.
/// </summary>
public sealed class EmbeddedPostgres
{
    public const string DatabaseName = "gotrs";
    private const string SuperUser = "gotrs";
    private const string PostgresAccount = "postgres";

    private enum RootStrategy
    {
        NotRoot,
        UserNamespace,
        PostgresAccount,
    }

    private readonly string _binDir;
    private readonly string _clusterDir;
    private readonly string _passwordFile;
    private readonly string _logFile;
    private readonly ILogger _logger;
    private readonly RootStrategy _root;

    public EmbeddedPostgres(string dataDir, ILogger logger)
    {
        var root = Path.GetFullPath(dataDir);
        _binDir = PostgresBinaries.Locate();
        _clusterDir = Path.Combine(root, "pg");
        _passwordFile = Path.Combine(root, "pg-password");
        _logFile = Path.Combine(root, "pg.log");
        _logger = logger;
        _root = !Environment.IsPrivilegedProcess ? RootStrategy.NotRoot
            : RunProcessAsync("unshare", ["-U", "true"], CancellationToken.None).GetAwaiter().GetResult().Code == 0
                ? RootStrategy.UserNamespace
                : RootStrategy.PostgresAccount;
    }

    public string ConnectionString { get; private set; } = "";

    public async Task StartAsync(CancellationToken ct = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_clusterDir)!);
        var password = EnsurePassword();
        if (!File.Exists(Path.Combine(_clusterDir, "PG_VERSION")))
            await InitAsync(password, ct);

        var port = ReadRunningPort();
        if (port is null)
        {
            port = FreeLoopbackPort();
            // random_page_cost 1.1: the data folder sits on a local SSD, where random reads cost little more than
            // sequential ones; with the default of 4 the planner prefers scanning whole tables to using the indexes.
            var options = $"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories='' -c random_page_cost=1.1";
            await RunAsync("pg_ctl", ["start", "-D", _clusterDir, "-l", _logFile, "-w", "-t", "60", "-o", options], ct);
            _logger.LogInformation("Embedded PostgreSQL started on 127.0.0.1:{Port} ({Dir})", port, _clusterDir);
        }
        else
        {
            _logger.LogInformation("Embedded PostgreSQL already running on 127.0.0.1:{Port}", port);
        }

        var admin = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port.Value, Username = SuperUser, Password = password, Database = "postgres",
            Pooling = false,
        };
        await EnsureDatabaseAsync(admin.ConnectionString, ct);
        admin.Database = DatabaseName;
        admin.Pooling = true;
        ConnectionString = admin.ConnectionString;
    }

    public async Task StopAsync()
    {
        if (ReadRunningPort() is null) return;
        await RunAsync("pg_ctl", ["stop", "-D", _clusterDir, "-m", "fast", "-w"], CancellationToken.None);
        _logger.LogInformation("Embedded PostgreSQL stopped");
    }

    private string EnsurePassword()
    {
        if (File.Exists(_passwordFile)) return File.ReadAllText(_passwordFile).Trim();
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        File.WriteAllText(_passwordFile, password);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(_passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return password;
    }

    private async Task InitAsync(string password, CancellationToken ct)
    {
        _logger.LogInformation("Creating embedded PostgreSQL cluster in {Dir}", _clusterDir);
        Directory.CreateDirectory(_clusterDir);
        var pwFile = Path.Combine(_clusterDir, "..", $".initdb-pw-{Environment.ProcessId}");
        await File.WriteAllTextAsync(pwFile, password, ct);
        try
        {
            if (_root == RootStrategy.PostgresAccount)
            {
                await RunPlainAsync("chown", ["-R", PostgresAccount, _clusterDir, pwFile], ct);
                await RunPlainAsync("chmod", ["o+x", Path.GetDirectoryName(_clusterDir)!], ct);
                await EnsureTraversableAsync(ct);
            }
            await RunAsync("initdb", ["-D", _clusterDir, "-U", SuperUser, "--pwfile", pwFile,
                "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"], ct);
        }
        finally
        {
            File.Delete(pwFile);
        }
    }

    // Under root the postgres account must reach the cluster folder through every parent folder.
    private async Task EnsureTraversableAsync(CancellationToken ct)
    {
        var probe = await RunCaptureAsync("runuser", ["-u", PostgresAccount, "--", "test", "-w", _clusterDir], ct);
        if (probe != 0)
            throw new InvalidOperationException(
                $"The '{PostgresAccount}' account cannot reach {_clusterDir}. Running as root without user namespaces, " +
                $"GoTrs runs PostgreSQL as '{PostgresAccount}'; " +
                "choose a GOTRS_DATA_DIR whose parent folders it can enter (e.g. /var/lib/gotrs) or run as a normal user.");
    }

    private int? ReadRunningPort()
    {
        var pidFile = Path.Combine(_clusterDir, "postmaster.pid");
        if (!File.Exists(pidFile)) return null;
        var lines = File.ReadAllLines(pidFile);
        if (lines.Length < 4 || !int.TryParse(lines[0], out var pid) || !int.TryParse(lines[3], out var port)) return null;
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited ? null : port;
        }
        catch (ArgumentException)
        {
            return null; // stale pid file: the server is not running and pg_ctl will clean up
        }
    }

    private async Task EnsureDatabaseAsync(string adminConnection, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(adminConnection);
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", DatabaseName);
        if (await exists.ExecuteScalarAsync(ct) is not null) return;
        await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName} ENCODING 'UTF8'", connection);
        await create.ExecuteNonQueryAsync(ct);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task RunAsync(string tool, IReadOnlyList<string> args, CancellationToken ct)
    {
        var exe = Path.Combine(_binDir, tool);
        return _root switch
        {
            RootStrategy.UserNamespace => RunPlainAsync("unshare", ["-U", exe, .. args], ct),
            RootStrategy.PostgresAccount => RunPlainAsync("runuser", ["-u", PostgresAccount, "--", exe, .. args], ct),
            _ => RunPlainAsync(exe, args, ct),
        };
    }

    private async Task RunPlainAsync(string exe, IReadOnlyList<string> args, CancellationToken ct)
    {
        var (code, output) = await RunProcessAsync(exe, args, ct);
        if (code != 0)
            throw new InvalidOperationException($"{Path.GetFileName(exe)} failed ({code}): {output.Trim()}");
    }

    private static async Task<int> RunCaptureAsync(string exe, IReadOnlyList<string> args, CancellationToken ct) =>
        (await RunProcessAsync(exe, args, ct)).Code;

    private static async Task<(int Code, string Output)> RunProcessAsync(string exe, IReadOnlyList<string> args, CancellationToken ct)
    {
        var info = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = "/",
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {exe}");
        // pg_ctl start leaves the server holding inherited pipes open; read only what the tool itself wrote.
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        var output = (stdout.IsCompleted ? stdout.Result : "") + (stderr.IsCompleted ? stderr.Result : "");
        return (process.ExitCode, output);
    }
}
