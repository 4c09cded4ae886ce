using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace GoTrs.Infrastructure.Persistence.Migrations;

/// <summary>One embedded SQL file: <c>Schema/Znuny/0001_tables.sql</c> becomes id <c>znuny/0001_tables</c>.</summary>
public sealed record SchemaScript(string Id, string Owner, string Sql)
{
    public const string ZnunyOwner = "znuny";
    public const string GoTrsOwner = "gotrs";

    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));

    /// <summary>All embedded scripts, Znuny's first, each owner's in file-name order.</summary>
    public static IReadOnlyList<SchemaScript> LoadAll()
    {
        var assembly = typeof(SchemaScript).Assembly;
        const string prefix = "GoTrs.Infrastructure.Persistence.Schema.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var rest = n[prefix.Length..^".sql".Length]; // e.g. "Znuny.0001_tables"
                var dot = rest.IndexOf('.');
                var owner = rest[..dot].ToLowerInvariant();
                return new SchemaScript($"{owner}/{rest[(dot + 1)..]}", owner, Read(assembly, n));
            })
            .OrderBy(s => s.Owner == ZnunyOwner ? 0 : 1)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
