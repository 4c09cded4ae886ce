using GoTrs.Domain.Common;

namespace GoTrs.Domain.Articles;

public sealed class ArticleSenderType : NamedLookup
{
    public const int Agent = 1;
    public const int System = 2;
    public const int Customer = 3;

    public string? Comments { get; set; }
}
