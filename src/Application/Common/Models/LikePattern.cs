namespace GoTrs.Application.Common.Models;

/// <summary>Text searched with SQL LIKE/ILIKE: its wildcards and the escape character stand for themselves.</summary>
public static class LikePattern
{
    public static string Escape(string value) => value.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    /// <summary>Matches values containing <paramref name="value"/>.</summary>
    public static string Containing(string value) => "%" + Escape(value) + "%";
}
