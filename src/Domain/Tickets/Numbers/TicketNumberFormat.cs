namespace GoTrs.Domain.Tickets.Numbers;

/// <summary>The configured generator's number layout: how a counter becomes a number and how a number is recognised.</summary>
public sealed class TicketNumberFormat
{
    private readonly TicketNumberOptions _options;

    public TicketNumberFormat(TicketNumberOptions options)
    {
        var problems = options.Problems();
        if (problems.Count > 0) throw new ArgumentException(string.Join(" ", problems), nameof(options));
        _options = options;
    }

    public TicketNumberGeneratorKind Kind => _options.NumberGenerator;

    public string SystemId => _options.SystemId;

    /// <summary>Date-based generators restart their counter every day; the others never do.</summary>
    public bool IsDateBased => Kind is TicketNumberGeneratorKind.DateChecksum or TicketNumberGeneratorKind.Date;

    /// <summary>Random draws its numbers without the counter table.</summary>
    public bool UsesCounter => Kind is not TicketNumberGeneratorKind.Random;

    /// <summary>The number for a counter; <paramref name="date"/> is ignored by AutoIncrement.</summary>
    public string Format(DateOnly date, long counter) => Kind switch
    {
        TicketNumberGeneratorKind.DateChecksum => DateChecksumTicketNumber.Format(date, SystemId, counter, _options.MinCounterSize),
        TicketNumberGeneratorKind.Date =>
            DateTicketNumber.Format(date, SystemId, counter, _options.DateUseFormattedCounter, _options.MinCounterSize),
        TicketNumberGeneratorKind.AutoIncrement => AutoIncrementTicketNumber.Format(SystemId, counter, _options.MinCounterSize),
        _ => throw new InvalidOperationException($"{Kind} does not number from a counter."),
    };

    /// <summary>
    /// The regular expression of the generator's <c>GetTNByString</c> (what may follow the hook). ASCII digits only,
    /// so that look-alike digits from other scripts cannot reach a lookup.
    /// </summary>
    public string Pattern
    {
        get
        {
            var systemId = SystemId;
            var min = _options.MinCounterSize;
            return Kind switch
            {
                TicketNumberGeneratorKind.DateChecksum => $"[0-9]{{8}}{systemId}[0-9]{{4,40}}",
                TicketNumberGeneratorKind.Date => $"[0-9]{{8}}{systemId}[0-9]{{1,40}}",
                TicketNumberGeneratorKind.AutoIncrement => $"{systemId}[0-9]{{{min},{min + 5}}}",
                _ => $"{systemId}[0-9]{{2,20}}",
            };
        }
    }
}
