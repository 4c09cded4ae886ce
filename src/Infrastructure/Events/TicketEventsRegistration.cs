using GoTrs.Application.Common.Interfaces;
using GoTrs.Infrastructure.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.Infrastructure.Events;

public static class TicketEventsRegistration
{
    /// <summary>The process's ticket event listener (always running) and the prune job (when Jobs:Enabled).</summary>
    public static IServiceCollection AddTicketEvents(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(DependencyInjection.ConnectionStringName)
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not set.");
        services.AddSingleton(_ => new TicketEventConnection(connectionString));
        services.AddSingleton<TicketEventReader>();
        services.AddSingleton<TicketEventListener>();
        services.AddSingleton<ITicketEventFeed>(sp => sp.GetRequiredService<TicketEventListener>());
        services.AddHostedService(sp => sp.GetRequiredService<TicketEventListener>());
        services.AddSingleton<TicketEventPruneJob>();
        if (configuration.GetSection(JobOptions.SectionName).GetValue(nameof(JobOptions.Enabled), defaultValue: true))
            services.AddHostedService(sp => sp.GetRequiredService<TicketEventPruneJob>());
        return services;
    }
}
