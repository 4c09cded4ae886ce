using Microsoft.Extensions.Caching.Memory;

namespace GoTrs.Application.Features.Lookups;

/// <summary>Lookup tables change rarely and are read on every screen: they are cached briefly in memory.</summary>
public static class LookupCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public static async Task<T> GetAsync<T>(IMemoryCache cache, string key, Func<Task<T>> load)
    {
        if (cache.TryGetValue(key, out T? value) && value is not null) return value;
        value = await load();
        cache.Set(key, value, Lifetime);
        return value;
    }
}
