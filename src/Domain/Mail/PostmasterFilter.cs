namespace GoTrs.Domain.Mail;

/// <summary>
/// One line of a postmaster filter; a filter is all rows sharing <see cref="Name"/>. <see cref="Type"/> is
/// <see cref="Match"/> (header <see cref="Key"/> matches the regex <see cref="Value"/>, inverted when
/// <see cref="Not"/> is 1) or <see cref="Set"/> (set X-OTRS header <see cref="Key"/> to <see cref="Value"/>).
/// <see cref="Stop"/> = 1 on a filter's rows stops the filters after it.
/// </summary>
public sealed class PostmasterFilter
{
    public const string Match = "Match";
    public const string Set = "Set";

    public string Name { get; set; } = "";
    public int? Stop { get; set; }
    public string Type { get; set; } = "";
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
    public int? Not { get; set; }
}
