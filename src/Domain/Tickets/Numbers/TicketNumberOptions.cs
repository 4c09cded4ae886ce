namespace GoTrs.Domain.Tickets.Numbers;

/// <summary>
/// Configuration section "Tickets": ticket number generator and subject hook, with the OTRS SysConfig defaults
/// (<c>Ticket::NumberGenerator</c>, <c>SystemID</c>, <c>Ticket::Hook</c>, <c>Ticket::Subject*</c>, …).
/// </summary>
public sealed class TicketNumberOptions
{
    public const string SectionName = "Tickets";

    public TicketNumberGeneratorKind NumberGenerator { get; set; } = TicketNumberGeneratorKind.DateChecksum;
    public string SystemId { get; set; } = "10";
    public int MinCounterSize { get; set; } = 5;
    public bool DateUseFormattedCounter { get; set; }

    /// <summary>
    /// IANA or Windows zone whose calendar day goes into date-based numbers; unset means UTC, as Znuny's default
    /// OTRSTimeZone.
    /// </summary>
    public string? TimeZone { get; set; }

    public string Hook { get; set; } = "Ticket#";
    public string HookDivider { get; set; } = "";
    public TicketSubjectFormat SubjectFormat { get; set; } = TicketSubjectFormat.Left;
    public string SubjectRe { get; set; } = "Re";
    public string SubjectFwd { get; set; } = "Fwd";

    /// <summary>Cleaned subjects longer than this are cut and get " [...]"; 0 keeps them whole.</summary>
    public int SubjectSize { get; set; } = 100;

    /// <summary>Also strip hooks carrying other tickets' numbers (<c>Ticket::SubjectCleanAllNumbers</c>).</summary>
    public bool SubjectCleanAllNumbers { get; set; }

    /// <summary>Everything that would make numbers unparsable or ambiguous; empty when the options are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!TicketNumberParts.IsDigits(SystemId))
            problems.Add($"{SectionName}:SystemId must be one or more digits, not '{SystemId}'.");
        if (MinCounterSize is < 1 or > 18)
            problems.Add($"{SectionName}:MinCounterSize must be between 1 and 18, not {MinCounterSize}.");
        if (string.IsNullOrEmpty(Hook))
            problems.Add($"{SectionName}:Hook must not be empty.");
        if (SubjectSize < 0)
            problems.Add($"{SectionName}:SubjectSize must not be negative.");
        if (!Enum.IsDefined(NumberGenerator))
            problems.Add($"{SectionName}:NumberGenerator '{NumberGenerator}' is unknown.");
        if (!string.IsNullOrWhiteSpace(TimeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
            problems.Add($"{SectionName}:TimeZone '{TimeZone}' is not a known time zone.");
        return problems;
    }

    /// <summary>The zone of the OTRS calendar day; UTC unless <see cref="TimeZone"/> is set.</summary>
    public TimeZoneInfo ResolveTimeZone() =>
        string.IsNullOrWhiteSpace(TimeZone) ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
