namespace GoTrs.Application.Common.Messaging;

/// <summary>The response of a command that returns nothing.</summary>
public readonly record struct Unit
{
    public static Unit Value => default;
}
