using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Tickets.GetTicket;

/// <summary>A ticket's dynamic field values with their field definitions, in field order; one statement.</summary>
public static class TicketDynamicFields
{
    public static async Task<IReadOnlyList<DynamicFieldDto>> LoadAsync(IAppDbContext db, long ticketId, CancellationToken ct)
    {
        var rows = await (
            from v in db.DynamicFieldValues
            join f in db.DynamicFields on v.FieldId equals f.Id
            where v.ObjectId == ticketId && f.ObjectType == "Ticket" && f.ValidId == Validity.Valid
            orderby f.FieldOrder, f.Name, v.Id
            select new { f.Name, f.Label, f.FieldType, v.ValueText, v.ValueInt, v.ValueDate }).ToListAsync(ct);
        return rows.GroupBy(r => (r.Name, r.Label, r.FieldType))
            .Select(g => new DynamicFieldDto(g.Key.Name, g.Key.Label, g.Key.FieldType, g.Select(v => v.FieldType switch
            {
                "Checkbox" => (object?)(v.ValueInt == 1),
                "Date" or "DateTime" => v.ValueDate,
                _ => v.ValueText ?? (object?)v.ValueInt,
            }).ToList()))
            .ToList();
    }
}
