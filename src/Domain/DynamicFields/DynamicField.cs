using GoTrs.Domain.Common;

namespace GoTrs.Domain.DynamicFields;

/// <summary>
/// A dynamic field definition. <see cref="ObjectType"/> is Ticket, Article, CustomerUser, …; <see cref="FieldType"/>
/// Text, Dropdown, Date, …; <see cref="Config"/> is the type's settings as YAML.
/// </summary>
public sealed class DynamicField : NamedLookup
{
    /// <summary>0/1; 1 marks fields the process management owns, which the admin UI must not delete.</summary>
    public int InternalField { get; set; }
    public string Label { get; set; } = "";
    public int FieldOrder { get; set; }
    public string FieldType { get; set; } = "";
    public string ObjectType { get; set; } = "";
    public string? Config { get; set; }
}
