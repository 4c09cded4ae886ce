namespace GoTrs.Domain.Tickets.Numbers;

/// <summary>The default OTRS generator: <c>YYYYMMDD</c> + SystemID + padded counter + one check digit.</summary>
public static class DateChecksumTicketNumber
{
    public static string Format(DateOnly date, string systemId, long counter, int minCounterSize = 5)
    {
        var body = TicketNumberParts.Date(date) + TicketNumberParts.SystemId(systemId) +
                   TicketNumberParts.Counter(counter, minCounterSize);
        return body + CheckDigit(body);
    }

    /// <summary>
    /// Digits weighted 1,2,1,2,… from the left and the plain products summed (unlike Luhn, a product of 10+ is not
    /// reduced to its digit sum); <c>10 − sum mod 10</c>, where 10 becomes 1, so the digit is never 0.
    /// </summary>
    public static char CheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            if (!char.IsAsciiDigit(digits[i]))
                throw new ArgumentException($"Only digits carry a check digit, not '{digits}'.", nameof(digits));
            sum += (digits[i] - '0') * (i % 2 == 0 ? 1 : 2);
        }
        var check = 10 - sum % 10;
        return (char)('0' + (check == 10 ? 1 : check));
    }
}
