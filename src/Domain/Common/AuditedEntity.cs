namespace GoTrs.Domain.Common;

/// <summary>The four audit columns most OTRS tables end with. Times are UTC.</summary>
public abstract class AuditedEntity
{
    public DateTime CreateTime { get; set; }
    public int CreateBy { get; set; }
    public DateTime ChangeTime { get; set; }
    public int ChangeBy { get; set; }
}
