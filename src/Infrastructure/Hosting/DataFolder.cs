using Microsoft.Extensions.Configuration;

namespace GoTrs.Infrastructure.Hosting;

/// <summary>The data folder (<c>GOTRS_DATA_DIR</c>, default <c>./.gotrs</c>): embedded database, keys, first-start secrets.</summary>
public sealed class DataFolder
{
    public const string ConfigKey = "GOTRS_DATA_DIR";

    public DataFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        // Private to the account: it holds the database password, the signing key and the first admin password.
        if (OperatingSystem.IsWindows() || Directory.Exists(Path)) Directory.CreateDirectory(Path);
        else Directory.CreateDirectory(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public string Path { get; }

    public static DataFolder FromConfiguration(IConfiguration configuration) =>
        new(configuration[ConfigKey] is { Length: > 0 } configured ? configured : ".gotrs");

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes a secret readable only by the current account.</summary>
    public void WriteSecret(string name, string content)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, content);
        if (!OperatingSystem.IsWindows())
            System.IO.File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
