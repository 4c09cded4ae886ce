using System.Globalization;
using System.Text.Json;
using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Common;
using GoTrs.Domain.DynamicFields;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Tickets.Common;

public sealed record ResolvedFieldValue(DynamicField Field, IReadOnlyList<DynamicFieldValue> Values);

/// <summary>
/// Turns the JSON values of ticket dynamic fields into dynamic_field_value rows by field type: text types in
/// value_text (one row per selected value for Multiselect), Checkbox in value_int, Date/DateTime in value_date.
/// </summary>
public sealed class DynamicFieldWriter(IAppDbContext db)
{
    public async Task<IReadOnlyList<ResolvedFieldValue>> ResolveAsync(
        IReadOnlyDictionary<string, JsonElement>? input, CancellationToken ct)
    {
        if (input is null || input.Count == 0) return [];
        var names = input.Keys.ToList();
        var fields = await db.DynamicFields.AsNoTracking()
            .Where(f => names.Contains(f.Name) && f.ObjectType == "Ticket" && f.ValidId == Validity.Valid)
            .ToDictionaryAsync(f => f.Name, ct);
        var errors = new FieldErrors();
        var result = new List<ResolvedFieldValue>();
        foreach (var (name, json) in input)
        {
            var key = $"dynamicFields.{name}";
            if (!fields.TryGetValue(name, out var field)) { errors.Add(key, "No valid ticket dynamic field has this name."); continue; }
            if (field.InternalField == 1) { errors.Add(key, "This field is managed by the system."); continue; }
            try { result.Add(new ResolvedFieldValue(field, Convert(field, json))); }
            catch (FormatException ex) { errors.Add(key, ex.Message); }
        }
        errors.ThrowIfAny();
        return result;
    }

    /// <summary>Adds the rows for the ticket (replacing nothing: the ticket is new) and returns the field names.</summary>
    public IEnumerable<string> Add(long ticketId, IReadOnlyList<ResolvedFieldValue> values)
    {
        foreach (var value in values)
        {
            foreach (var row in value.Values)
            {
                row.ObjectId = ticketId;
                db.DynamicFieldValues.Add(row);
            }
            yield return value.Field.Name;
        }
    }

    private static List<DynamicFieldValue> Convert(DynamicField field, JsonElement json)
    {
        if (json.ValueKind == JsonValueKind.Null) return [];
        DynamicFieldValue Row() => new() { FieldId = field.Id };
        return field.FieldType switch
        {
            "Checkbox" => [WithInt(Row(), json.ValueKind switch
            {
                JsonValueKind.True => 1, JsonValueKind.False => 0,
                _ => throw new FormatException("A checkbox takes true or false."),
            })],
            "Date" or "DateTime" => [WithDate(Row(), json.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(json.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d)
                    ? d.UtcDateTime
                    : throw new FormatException("Give an ISO 8601 date or date-time."))],
            "Multiselect" => json.ValueKind == JsonValueKind.Array
                ? json.EnumerateArray().Select(v => WithText(Row(), Text(v))).ToList()
                : [WithText(Row(), Text(json))],
            _ => [WithText(Row(), Text(json))],
        };
    }

    private static string Text(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => json.GetString()!.Length <= 3800 ? json.GetString()! : throw new FormatException("At most 3800 characters."),
        JsonValueKind.Number => json.GetRawText(),
        _ => throw new FormatException("Give a text value."),
    };

    private static DynamicFieldValue WithText(DynamicFieldValue v, string text) { v.ValueText = text; return v; }
    private static DynamicFieldValue WithInt(DynamicFieldValue v, long value) { v.ValueInt = value; return v; }
    private static DynamicFieldValue WithDate(DynamicFieldValue v, DateTime value) { v.ValueDate = value; return v; }
}
