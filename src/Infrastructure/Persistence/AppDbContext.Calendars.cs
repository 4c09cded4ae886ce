using GoTrs.Domain.Calendars;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Infrastructure.Persistence;

/// <summary>Business-hours calendars (GoTrs's own table).</summary>
public sealed partial class AppDbContext
{
    public DbSet<Calendar> Calendars => Set<Calendar>();
}
