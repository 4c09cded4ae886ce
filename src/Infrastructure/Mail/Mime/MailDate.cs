using System.Collections.Frozen;
using System.Globalization;

namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// Reads the Date header (RFC 5322 §3.3) and the variants clients really send: no weekday, full month
/// names, two-digit years, missing seconds, named zones (EST, CEST), asctime order, ISO 8601, trailing
/// comments. A missing zone means UTC, as RFC 5322 says of -0000.
/// </summary>
internal static class MailDate
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly FrozenDictionary<string, int> ZoneHours = new Dictionary<string, int>
    {
        ["ut"] = 0, ["utc"] = 0, ["gmt"] = 0, ["z"] = 0, ["wet"] = 0,
        ["edt"] = -4, ["est"] = -5, ["cdt"] = -5, ["cst"] = -6, ["mdt"] = -6, ["mst"] = -7, ["pdt"] = -7, ["pst"] = -8,
        ["bst"] = 1, ["cet"] = 1, ["met"] = 1, ["west"] = 1, ["cest"] = 2, ["mest"] = 2, ["eet"] = 2, ["eest"] = 3,
        ["msk"] = 3, ["jst"] = 9, ["kst"] = 9, ["hkt"] = 8, ["sgt"] = 8, ["aest"] = 10, ["aedt"] = 11,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static DateTimeOffset? Parse(string raw)
    {
        var parts = new DateParts();
        string text = StructuredText.RemoveComments(raw).Replace(',', ' ');
        foreach (var token in text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            Read(token.ToLowerInvariant(), ref parts);
        }

        return parts.ToDate() ?? Iso(raw);
    }

    private static void Read(string token, ref DateParts parts)
    {
        if (char.IsAsciiDigit(token[0]) && token.Contains(':', StringComparison.Ordinal))
        {
            ReadTime(token, ref parts);
        }
        else if (token[0] is '+' or '-' && token.Length > 1 && char.IsAsciiDigit(token[1]))
        {
            parts.Offset ??= Offset(token);
        }
        else if (token.All(char.IsAsciiDigit))
        {
            ReadNumber(token, ref parts);
        }
        else if (char.IsAsciiDigit(token[0]) && token.Split('-', '/', '.') is [var y, var m, var d] && y.Length == 4)
        {
            parts.Year ??= Number(y);
            parts.Month ??= Number(m);
            parts.Day ??= Number(d);
        }
        else if (token.Length >= 3 && Array.IndexOf(Months, token[..3]) is >= 0 and var month && parts.Month is null
            && !ZoneHours.ContainsKey(token))
        {
            parts.Month = month + 1;
        }
        else if (ZoneHours.TryGetValue(token, out int hours))
        {
            parts.Offset ??= TimeSpan.FromHours(hours);
        }
    }

    private static void ReadTime(string token, ref DateParts parts)
    {
        int zone = token.IndexOfAny(['+', '-', 'z'], 1);
        if (zone > 0)
        {
            parts.Offset ??= token[zone] == 'z' ? TimeSpan.Zero : Offset(token[zone..]);
            token = token[..zone];
        }

        var fields = token.Split(':');
        parts.Hour ??= Number(fields[0]);
        parts.Minute ??= fields.Length > 1 ? Number(fields[1]) : null;
        parts.Second ??= fields.Length > 2 ? Number(fields[2].Split('.')[0]) : 0;
    }

    private static void ReadNumber(string token, ref DateParts parts)
    {
        if (token.Length >= 3 && parts.Year is null)
        {
            parts.Year = Number(token);
        }
        else if (token.Length <= 2 && parts.Day is null)
        {
            parts.Day = Number(token);
        }
        else if (token.Length <= 2 && parts.Year is null)
        {
            parts.Year = Number(token);
        }
    }

    private static TimeSpan? Offset(string token)
    {
        string digits = token[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        if (digits.Length is not (2 or 4) || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var offset = new TimeSpan(int.Parse(digits[..2], CultureInfo.InvariantCulture), digits.Length == 4 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0, 0);
        return offset > TimeSpan.FromHours(14) || offset.Minutes >= 60 ? null : token[0] == '-' ? -offset : offset;
    }

    private static int? Number(string text) =>
        text.Length is > 0 and <= 6 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : null;

    private static DateTimeOffset? Iso(string raw) =>
        DateTimeOffset.TryParse(raw.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    private struct DateParts
    {
        public int? Year;
        public int? Month;
        public int? Day;
        public int? Hour;
        public int? Minute;
        public int? Second;
        public TimeSpan? Offset;

        public readonly DateTimeOffset? ToDate()
        {
            if (Year is not { } year || Month is not (>= 1 and <= 12) || Day is not { } day || Hour is not (>= 0 and <= 23)
                || Minute is not (>= 0 and <= 59))
            {
                return null;
            }

            // RFC 5322 §4.3: two-digit years below 50 are in this century, three-digit ones count from 1900.
            // Years at the ends of the calendar are refused because an offset could push them out of range.
            year = year switch { < 50 => year + 2000, < 1000 => year + 1900, _ => year };
            if (year is < 1000 or > 9998 || day < 1 || day > DateTime.DaysInMonth(year, Month.Value) || Second is not (>= 0 and <= 60))
            {
                return null;
            }

            var local = new DateTime(year, Month.Value, day, Hour.Value, Minute.Value, Math.Min(Second.Value, 59), DateTimeKind.Unspecified);
            return new DateTimeOffset(local, Offset ?? TimeSpan.Zero);
        }
    }
}
