namespace GoTrs.Domain.Permissions;

/// <summary>
/// The permission keys a principal holds per group, after OTRS's rules: direct and role grants are united,
/// grants on invalid groups or through invalid roles count for nothing, and <c>rw</c> implies every key.
/// </summary>
public sealed class EffectivePermissions
{
    private readonly Dictionary<int, HashSet<string>> _byGroup;

    private EffectivePermissions(Dictionary<int, HashSet<string>> byGroup) => _byGroup = byGroup;

    public static EffectivePermissions None { get; } = new([]);

    public static EffectivePermissions From(IEnumerable<PermissionGrant> grants)
    {
        var byGroup = new Dictionary<int, HashSet<string>>();
        foreach (var grant in grants.Where(g => g.IsEffective))
        {
            if (!byGroup.TryGetValue(grant.GroupId, out var keys))
                byGroup[grant.GroupId] = keys = [];
            if (grant.Key == Permission.Rw)
                keys.UnionWith(Permission.All);
            else
                keys.Add(grant.Key);
        }
        return new EffectivePermissions(byGroup);
    }

    public bool Has(int groupId, string key) =>
        _byGroup.TryGetValue(groupId, out var keys) && keys.Contains(key);

    /// <summary>Groups on which the principal holds <paramref name="key"/>.</summary>
    public IReadOnlySet<int> GroupsWith(string key) =>
        _byGroup.Where(kv => kv.Value.Contains(key)).Select(kv => kv.Key).ToHashSet();

    /// <summary>Every group with its keys, in the order of <see cref="Permission.All"/>.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> ByGroup =>
        _byGroup.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<string>)Permission.All.Where(kv.Value.Contains).ToList());
}
