namespace GoTrs.Domain.DynamicFields;

/// <summary>
/// A value of a dynamic field on one object (a ticket or article id, or a <see cref="DynamicFieldObjectName"/> id for
/// objects keyed by strings). Which of the three value columns is used depends on the field type; multi-value fields
/// have one row per value.
/// </summary>
public sealed class DynamicFieldValue
{
    public int Id { get; set; }
    public int FieldId { get; set; }
    public long ObjectId { get; set; }
    public string? ValueText { get; set; }
    public DateTime? ValueDate { get; set; }
    public long? ValueInt { get; set; }
}
