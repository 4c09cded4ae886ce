using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Application.Features.Mail.DeliverMail;
using GoTrs.Domain.Mail;

namespace GoTrs.Application.Features.Mail.Inbound;

/// <summary>Keeps a message that did not become a ticket or article, whole, with the reason (in the caller's unit of work).</summary>
public sealed class Quarantine(IAppDbContext db, TimeProvider clock)
{
    public QuarantinedMail Add(DeliverMailCommand request, InboundMail mail, string reason)
    {
        var row = new QuarantinedMail
        {
            MailAccountId = request.AccountId, Reason = Cut(reason, 2000)!, Sender = Cut(mail.From, 1000),
            Subject = Cut(mail.Subject, 3800), MessageId = Cut(mail.MessageId, 3800), RawMessage = request.Raw,
            ReceivedAt = clock.GetUtcNow(),
        };
        db.MailQuarantine.Add(row);
        return row;
    }

    private static string? Cut(string? value, int max) => value is not null && value.Length > max ? value[..max] : value;
}
