using GoTrs.Domain.Calendars;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class CalendarConfiguration : IEntityTypeConfiguration<Calendar>
{
    public void Configure(EntityTypeBuilder<Calendar> builder)
    {
        builder.MapLookup("gotrs_calendar", nameLength: 100);
        builder.Property(e => e.TimeZone).HasColumnName("time_zone").HasMaxLength(100);
        // Text on the C# side: the domain parses it, so a document of the wrong shape fails there (and falls back to
        // 24/7) instead of failing to load the row.
        builder.Property(e => e.WorkingHours).HasColumnName("working_hours").HasColumnType("jsonb");
        builder.Property(e => e.Holidays).HasColumnName("holidays").HasColumnType("jsonb");
        builder.Property(e => e.Comments).HasColumnName("comments").HasMaxLength(250);
    }
}
