namespace GoTrs.Domain.Common;

/// <summary>
/// OTRS keeps some times as Unix epoch seconds in INTEGER columns (ticket.until_time, escalation times,
/// article_data_mime.incoming_time), with 0 meaning "not set". This is the one place they are converted.
/// </summary>
public static class EpochTime
{
    public static DateTimeOffset? ToDateTime(int seconds) =>
        seconds == 0 ? null : DateTimeOffset.FromUnixTimeSeconds(seconds);

    /// <summary>Null becomes 0. Times past 2038 do not fit the column, so they throw instead of wrapping.</summary>
    public static int FromDateTime(DateTimeOffset? value) =>
        value is null ? 0 : checked((int)value.Value.ToUnixTimeSeconds());
}
