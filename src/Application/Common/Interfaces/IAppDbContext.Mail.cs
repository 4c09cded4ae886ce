using GoTrs.Domain.Mail;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Common.Interfaces;

/// <summary>GoTrs's own mail tables: the quarantine and the record of fetched mailbox messages.</summary>
public partial interface IAppDbContext
{
    DbSet<QuarantinedMail> MailQuarantine { get; }
    DbSet<FetchedMail> FetchedMail { get; }

    /// <summary>Forgets every pending change, so that a failed unit of work can be replaced by another (a quarantine row).</summary>
    void DiscardChanges();
}
