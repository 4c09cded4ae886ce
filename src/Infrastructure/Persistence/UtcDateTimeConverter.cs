using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GoTrs.Infrastructure.Persistence;

/// <summary>
/// OTRS stores times in columns without a time zone. GoTrs treats them as UTC: written as UTC wall-clock time,
/// read back as <see cref="DateTimeKind.Utc"/>.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => DateTime.SpecifyKind(v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : v, DateTimeKind.Unspecified),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
