using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Tickets.Escalation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.Infrastructure.Jobs;

public static class EscalationRegistration
{
    /// <summary>
    /// Escalation calculation and the escalation, pending and ticket number cleanup jobs. The jobs are always resolvable (tests and tools call
    /// <see cref="PeriodicJob.RunOnceAsync"/>); they run in the background only when Jobs:Enabled is true.
    /// </summary>
    public static IServiceCollection AddEscalation(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(EscalationJob))) return services;

        var section = configuration.GetSection(JobOptions.SectionName);
        services.Configure<JobOptions>(section);
        services.AddScoped<EscalationService>();
        services.AddScoped<IEscalationService>(sp => sp.GetRequiredService<EscalationService>());
        services.AddSingleton<TicketEventLog>();
        services.AddSingleton<PendingAutoClose>();
        services.AddSingleton<EscalationJob>();
        services.AddSingleton<PendingJob>();
        services.AddSingleton<TicketNumberCounterCleanupJob>();

        if (section.GetValue(nameof(JobOptions.Enabled), defaultValue: true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<EscalationJob>());
            services.AddHostedService(sp => sp.GetRequiredService<PendingJob>());
            services.AddHostedService(sp => sp.GetRequiredService<TicketNumberCounterCleanupJob>());
        }
        return services;
    }
}
