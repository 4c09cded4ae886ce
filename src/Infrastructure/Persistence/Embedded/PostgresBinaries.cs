namespace GoTrs.Infrastructure.Persistence.Embedded;

/// <summary>Finds the machine's PostgreSQL server binaries (initdb, pg_ctl).</summary>
public static class PostgresBinaries
{
    public static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable("GOTRS_PG_BIN");
        if (!string.IsNullOrEmpty(configured))
            return HasServer(configured) ? configured
                : throw new InvalidOperationException($"GOTRS_PG_BIN={configured} holds no initdb/pg_ctl.");

        var candidates = new List<string>();
        if (Directory.Exists("/usr/lib/postgresql"))
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries));
        candidates.AddRange(["/usr/local/pgsql/bin", "/usr/pgsql/bin"]);

        return candidates.FirstOrDefault(HasServer) ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found. Install them (Debian: apt-get install postgresql), " +
            "set GOTRS_PG_BIN to their folder, or point ConnectionStrings__Default at an existing database.");
    }

    private static bool HasServer(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));
}
