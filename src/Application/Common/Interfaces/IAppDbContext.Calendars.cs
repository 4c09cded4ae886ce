using GoTrs.Domain.Calendars;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Common.Interfaces;

/// <summary>Business-hours calendars (GoTrs's own table).</summary>
public partial interface IAppDbContext
{
    DbSet<Calendar> Calendars { get; }
}
