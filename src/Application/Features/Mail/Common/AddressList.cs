namespace GoTrs.Application.Features.Mail.Common;

/// <summary>
/// An address list as <see cref="GoTrs.Application.Common.Interfaces.IAddressListParser"/> reads it: the mailboxes (groups flattened, display
/// names decoded) and what in the text named no mailbox.
/// </summary>
public sealed record AddressList(IReadOnlyList<Contact> Mailboxes, IReadOnlyList<string> Problems)
{
    public static readonly AddressList Empty = new([], []);
}
