using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Mail.Common;

namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>The address-list reader of our MIME parser, for the use cases: recipients typed by agents, stored lists.</summary>
public sealed class MimeAddressListParser : IAddressListParser
{
    public AddressList Parse(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            return AddressList.Empty;
        }

        var problems = new ProblemLog();
        var mailboxes = AddressListParser.Parse(list, problems).Select(m => new Contact(m.DisplayName, m.Address)).ToList();
        return new AddressList(mailboxes, problems.ToList());
    }
}
