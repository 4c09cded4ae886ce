using System.Globalization;
using System.Text.Json;
using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Models;

namespace GoTrs.Application.Features.Tickets.UpdateTicket;

/// <summary>The attributes a PATCH (or a bulk action) changes; unset fields stay as they are.</summary>
public sealed record TicketChanges
{
    public Optional<string> Title { get; init; }
    public Optional<int> QueueId { get; init; }
    public Optional<int> StateId { get; init; }
    public Optional<DateTimeOffset?> PendingUntil { get; init; }
    public Optional<int> PriorityId { get; init; }
    public Optional<int?> TypeId { get; init; }
    public Optional<int?> ServiceId { get; init; }
    public Optional<int?> SlaId { get; init; }
    public Optional<int> OwnerId { get; init; }
    public Optional<int> ResponsibleId { get; init; }
    /// <summary>true locks, false unlocks.</summary>
    public Optional<bool> Lock { get; init; }
    public Optional<string> CustomerUser { get; init; }
    public Optional<string?> CustomerId { get; init; }

    public bool IsEmpty => this == new TicketChanges();

    /// <summary>Reads a JSON object; wrong types and unknown fields become field errors.</summary>
    public static TicketChanges Read(JsonElement body)
    {
        var errors = new FieldErrors();
        if (body.ValueKind != JsonValueKind.Object) { errors.Add("body", "Send a JSON object."); errors.ThrowIfAny(); }
        var changes = new TicketChanges();
        foreach (var p in body.EnumerateObject())
        {
            try
            {
                changes = p.Name switch
                {
                    "title" => changes with { Title = Optional<string>.Of(Str(p.Value)) },
                    "queueId" => changes with { QueueId = Optional<int>.Of(Int(p.Value)) },
                    "stateId" => changes with { StateId = Optional<int>.Of(Int(p.Value)) },
                    "pendingUntil" => changes with { PendingUntil = Optional<DateTimeOffset?>.Of(p.Value.ValueKind == JsonValueKind.Null ? null : Time(p.Value)) },
                    "priorityId" => changes with { PriorityId = Optional<int>.Of(Int(p.Value)) },
                    "typeId" => changes with { TypeId = Optional<int?>.Of(NullableInt(p.Value)) },
                    "serviceId" => changes with { ServiceId = Optional<int?>.Of(NullableInt(p.Value)) },
                    "slaId" => changes with { SlaId = Optional<int?>.Of(NullableInt(p.Value)) },
                    "ownerId" => changes with { OwnerId = Optional<int>.Of(Int(p.Value)) },
                    "responsibleId" => changes with { ResponsibleId = Optional<int>.Of(Int(p.Value)) },
                    "lock" => changes with { Lock = Optional<bool>.Of(p.Value.ValueKind switch
                    {
                        JsonValueKind.True => true, JsonValueKind.False => false,
                        JsonValueKind.String when p.Value.GetString() is "lock" or "locked" => true,
                        JsonValueKind.String when p.Value.GetString() is "unlock" or "unlocked" => false,
                        _ => throw new FormatException("Give true/false or \"lock\"/\"unlock\"."),
                    }) },
                    "customerUser" => changes with { CustomerUser = Optional<string>.Of(Str(p.Value)) },
                    "customerId" => changes with { CustomerId = Optional<string?>.Of(p.Value.ValueKind == JsonValueKind.Null ? null : Str(p.Value)) },
                    _ => throw new FormatException("Unknown field."),
                };
            }
            catch (Exception ex) when (ex is FormatException or InvalidOperationException)
            {
                errors.Add(p.Name, ex.Message);
            }
        }
        errors.ThrowIfAny();
        return changes;
    }

    private static string Str(JsonElement v) =>
        v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new FormatException("Give a string.");

    private static int Int(JsonElement v) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : throw new FormatException("Give a whole number.");

    private static int? NullableInt(JsonElement v) => v.ValueKind == JsonValueKind.Null ? null : Int(v);

    private static DateTimeOffset Time(JsonElement v) =>
        v.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(v.GetString(), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var t)
            ? t
            : throw new FormatException("Give an ISO 8601 date-time.");
}
