using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;

namespace GoTrs.Infrastructure.UnitTests.Mail.Protocols;

/// <summary>
/// The private dovecot and SMTP sink of <c>scripts/mail-servers.sh</c>, started in a temporary folder. Tests talk to
/// them over loopback and deliver through dovecot's LMTP, so every byte goes through a real server.
/// </summary>
internal sealed class MailServers
{
    private readonly Queue<(string User, string Password)> _pool = new();
    private int _lastUser;
    private readonly string _script;
    private readonly Dictionary<string, string> _env;

    private MailServers(string script, string directory, Dictionary<string, string> env)
    {
        _script = script;
        Directory = directory;
        _env = env;
        Certificate = X509CertificateLoader.LoadCertificateFromFile(env["TLS_CERT"]);
    }

    public string Directory { get; }

    public X509Certificate2 Certificate { get; }

    public string Host => _env["MAIL_HOST"];

    public static async Task<MailServers> StartAsync()
    {
        var script = Path.Combine(RepositoryRoot(), "scripts", "mail-servers.sh");
        var directory = System.IO.Directory.CreateTempSubdirectory("gotrs-mail-").FullName;
        var output = await RunAsync("bash", script, "start", directory);
        var env = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1].Trim());
        return new MailServers(script, directory, env);
    }

    public string Value(string key) => _env[key];

    public int Port(string key) => int.Parse(_env[key], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A mailbox no other test uses.</summary>
    public async Task<(string User, string Password)> NewUserAsync(string? password = null)
    {
        if (password is not null) return (await AddUsersAsync([password]))[0];
        if (_pool.Count == 0)
        {
            foreach (var user in await AddUsersAsync(new string[40])) _pool.Enqueue(user);
        }

        return _pool.Dequeue();
    }

    public async Task DeliverAsync(string user, byte[] message, string? folder = null)
    {
        var file = Path.Combine(Directory, $"outgoing-{Guid.NewGuid():N}.eml");
        await File.WriteAllBytesAsync(file, message);
        try
        {
            string[] folderArgument = folder is null ? [] : [folder];
            await RunAsync("bash", [_script, "deliver", Directory, user, file, .. folderArgument]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public Task KillDovecotAsync() => RunAsync("bash", _script, "kill-dovecot", Directory);

    /// <summary>Starts again whatever is down, on the same ports and mail store.</summary>
    public Task RestartAsync() => RunAsync("bash", _script, "start", Directory);

    public async Task StopAsync()
    {
        await RunAsync("bash", _script, "stop", Directory);
        System.IO.Directory.Delete(Directory, recursive: true);
    }

    /// <summary>One user per entry; a null password becomes a simple one.</summary>
    private async Task<(string User, string Password)[]> AddUsersAsync(string?[] passwords)
    {
        var users = passwords
            .Select(password => (User: $"user{++_lastUser}", Password: password))
            .Select(u => (u.User, Password: u.Password ?? "pw-" + u.User))
            .ToArray();
        await RunAsync("bash", [_script, "add-users", Directory, .. users.SelectMany(u => new[] { u.User, u.Password })]);

        // dovecot looks at its users file at most once a second: a user added in this second may stay unknown until the next.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        return users;
    }

    private static async Task<string> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{file} {string.Join(' ', args)} exited with {process.ExitCode}:\n{await stdout}\n{await stderr}");
        }

        return await stdout;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GoTrs.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("GoTrs.sln not found above the test folder.");
    }
}
