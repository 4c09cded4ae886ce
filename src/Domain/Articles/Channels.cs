namespace GoTrs.Domain.Articles;

/// <summary>The OTRS communication channels of the initial data (table communication_channel).</summary>
public static class Channels
{
    public const long Email = 1;
    public const long Phone = 2;
    public const long Internal = 3;
    public const long Chat = 4;

    public static string NameOf(long id) => id switch
    {
        Email => "email",
        Phone => "phone",
        Internal => "internal",
        Chat => "chat",
        _ => "other",
    };
}
