using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Agents;
using GoTrs.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Preferences;

/// <summary>
/// Reads and writes the caller's GoTrs preferences: agents in user_preferences, customers in customer_preferences.
/// customer_preferences holds at most 250 characters per value, so longer values continue in rows "key#1", "key#2", …
/// ('#' cannot occur in a key). Duplicate rows (the OTRS tables have no unique key) are tolerated: the last one wins.
/// </summary>
public sealed class PreferenceStore(IAppDbContext db, ICurrentUser caller)
{
    private const int CustomerValueLength = 250;
    private const char ChunkSeparator = '#';

    /// <summary>Every stored preference of the caller: key (without prefix) → JSON text.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ReadAllAsync(CancellationToken ct)
    {
        var rows = await RowsWithPrefix(PreferenceKeys.StoragePrefix).ToListAsync(ct);
        return rows
            .Select(r => (Parts: r.Key[PreferenceKeys.StoragePrefix.Length..].Split(ChunkSeparator), r.Value))
            .Select(r => (Key: r.Parts[0], Chunk: r.Parts.Length > 1 && int.TryParse(r.Parts[1], out var n) ? n : 0, r.Value))
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key,
                g => string.Concat(g.GroupBy(c => c.Chunk).OrderBy(c => c.Key).Select(c => c.Last().Value)),
                StringComparer.Ordinal);
    }

    public async Task SetAsync(string key, string json, CancellationToken ct)
    {
        await RemoveAsync(key, ct);
        var stored = PreferenceKeys.StoragePrefix + key;
        switch (caller)
        {
            case { Kind: PrincipalKind.Agent, AgentId: { } agentId }:
                db.AgentPreferences.Add(new AgentPreference { UserId = agentId, Key = stored, Value = json });
                break;
            case { Kind: PrincipalKind.Customer, Login: { } login }:
                var chunks = Chunks(json).Select((chunk, i) => new CustomerPreference
                {
                    UserId = login, Key = i == 0 ? stored : $"{stored}{ChunkSeparator}{i}", Value = chunk,
                });
                db.CustomerPreferences.AddRange(chunks);
                break;
            default:
                throw new UnauthorizedException("Not logged in.");
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveAsync(string key, CancellationToken ct)
    {
        var stored = PreferenceKeys.StoragePrefix + key;
        var continued = stored + ChunkSeparator;
        switch (caller)
        {
            case { Kind: PrincipalKind.Agent, AgentId: { } agentId }:
                await db.AgentPreferences
                    .Where(p => p.UserId == agentId && (p.Key == stored || p.Key.StartsWith(continued)))
                    .ExecuteDeleteAsync(ct);
                break;
            case { Kind: PrincipalKind.Customer, Login: { } login }:
                await db.CustomerPreferences
                    .Where(p => p.UserId == login && (p.Key == stored || p.Key.StartsWith(continued)))
                    .ExecuteDeleteAsync(ct);
                break;
            default:
                throw new UnauthorizedException("Not logged in.");
        }
    }

    private IQueryable<StoredPreference> RowsWithPrefix(string prefix) => caller switch
    {
        { Kind: PrincipalKind.Agent, AgentId: { } agentId } => db.AgentPreferences.AsNoTracking()
            .Where(p => p.UserId == agentId && p.Key.StartsWith(prefix))
            .Select(p => new StoredPreference(p.Key, p.Value ?? "")),
        { Kind: PrincipalKind.Customer, Login: { } login } => db.CustomerPreferences.AsNoTracking()
            .Where(p => p.UserId == login && p.Key.StartsWith(prefix))
            .Select(p => new StoredPreference(p.Key, p.Value ?? "")),
        _ => throw new UnauthorizedException("Not logged in."),
    };

    // Splits into pieces of at most 250 UTF-16 units without cutting a surrogate pair (PostgreSQL counts code points).
    private static IEnumerable<string> Chunks(string value)
    {
        for (var start = 0; start < value.Length;)
        {
            var length = Math.Min(CustomerValueLength, value.Length - start);
            if (start + length < value.Length && char.IsHighSurrogate(value[start + length - 1])) length--;
            yield return value.Substring(start, length);
            start += length;
        }
    }

    private sealed record StoredPreference(string Key, string Value);
}
