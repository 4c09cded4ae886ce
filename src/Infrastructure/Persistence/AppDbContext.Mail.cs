using GoTrs.Domain.Mail;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Infrastructure.Persistence;

/// <summary>GoTrs's own mail tables: the quarantine and the record of fetched mailbox messages.</summary>
public sealed partial class AppDbContext
{
    public DbSet<QuarantinedMail> MailQuarantine => Set<QuarantinedMail>();
    public DbSet<FetchedMail> FetchedMail => Set<FetchedMail>();

    public void DiscardChanges() => ChangeTracker.Clear();
}
