using GoTrs.Application.Features.Admin.Common;

namespace GoTrs.Application.Features.Admin.MailQuarantine;

public sealed class ListQuarantineValidator : PagedQueryValidator<ListQuarantineQuery>;
