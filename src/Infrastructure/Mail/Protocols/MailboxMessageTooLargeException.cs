namespace GoTrs.Infrastructure.Mail.Protocols;

/// <summary>A message is bigger than <see cref="MailboxClientOptions.MaxMessageBytes"/> allows.</summary>
public sealed class MailboxMessageTooLargeException(long size, long limit)
    : MailboxException($"The message has {size} bytes or more; the limit is {limit} bytes.")
{
    public long Size { get; } = size;

    public long Limit { get; } = limit;
}
