namespace GoTrs.Domain.Services;

public sealed class ServiceSla
{
    public int ServiceId { get; set; }
    public int SlaId { get; set; }
}
