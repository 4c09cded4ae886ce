namespace GoTrs.Domain.DynamicFields;

/// <summary>
/// Gives objects keyed by strings (customer user logins, customer ids) the integer id that dynamic field values need
/// (OTRS table <c>dynamic_field_obj_id_name</c>).
/// </summary>
public sealed class DynamicFieldObjectName
{
    public int ObjectId { get; set; }
    public string ObjectName { get; set; } = "";
    public string ObjectType { get; set; } = "";
}
