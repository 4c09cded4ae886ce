namespace GoTrs.Domain.Common;

/// <summary>OTRS <c>valid</c> ids. Only <see cref="Valid"/> counts as valid; the others disable a row.</summary>
public static class Validity
{
    public const int Valid = 1;
    public const int Invalid = 2;
    public const int InvalidTemporarily = 3;

    public static bool IsValid(int validId) => validId == Valid;
}
