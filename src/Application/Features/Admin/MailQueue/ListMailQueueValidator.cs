using GoTrs.Application.Features.Admin.Common;

namespace GoTrs.Application.Features.Admin.MailQueue;

public sealed class ListMailQueueValidator : PagedQueryValidator<ListMailQueueQuery>;
