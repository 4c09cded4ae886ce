namespace GoTrs.Domain.Permissions;

/// <summary>The OTRS agent permission keys. <see cref="Rw"/> implies every other key.</summary>
public static class Permission
{
    public const string Ro = "ro";
    public const string MoveInto = "move_into";
    public const string Create = "create";
    public const string Note = "note";
    public const string Owner = "owner";
    public const string Priority = "priority";
    public const string Rw = "rw";

    public static readonly IReadOnlyList<string> All = [Ro, MoveInto, Create, Note, Owner, Priority, Rw];

    /// <summary>Customer permission keys (group_customer_user, group_customer).</summary>
    public static readonly IReadOnlyList<string> Customer = [Ro, Rw];

    public static bool IsKnown(string key) => All.Contains(key);
}
