namespace GoTrs.Domain.Common;

/// <summary>OTRS uses agent 1 (root@localhost) as the author of everything the system itself does.</summary>
public static class SystemUser
{
    public const int Id = 1;
    public const string Login = "root@localhost";
}
