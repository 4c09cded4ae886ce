using GoTrs.Application.Common.Models;
using GoTrs.Application.Features.Tickets.Common;

namespace GoTrs.Application.Features.Tickets.GetTicket;

public sealed record CustomerInfoDto(
    string Login, string FirstName, string LastName, string Email, string? Phone, string CustomerId, string? CompanyName);

public sealed record DynamicFieldDto(string Name, string Label, string FieldType, IReadOnlyList<object?> Values);

public sealed record AttachmentDto(long Id, string Filename, string? ContentType, long Size, string? ContentId, string Disposition);

public sealed record ArticleDto(
    long Id, string Channel, string SenderType, bool IsVisibleForCustomer, string? From, string? To, string? Cc,
    string? Subject, string? Body, string? BodyHtml, DateTime Created, int CreatedBy, IReadOnlyList<AttachmentDto> Attachments);

/// <summary>The ticket zoom: the ticket, its customer, dynamic fields, a page of articles and what the caller may do.</summary>
public sealed record TicketDetailsDto(
    TicketSummaryDto Ticket,
    CustomerInfoDto? Customer,
    IReadOnlyList<DynamicFieldDto> DynamicFields,
    decimal TimeAccounted,
    bool IsWatching,
    PagedList<ArticleDto> Articles,
    IReadOnlyList<string> Permissions);

/// <summary>The head of the zoom: the ticket, its queue's group (for the caller's rights) and the figures beside it.</summary>
public sealed record TicketZoomHead(
    TicketSummaryDto Ticket, int GroupId, CustomerInfoDto? Customer, decimal TimeAccounted, bool IsWatching, int ArticleCount);
