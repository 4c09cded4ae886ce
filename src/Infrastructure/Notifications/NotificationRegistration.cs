using GoTrs.Application.Features.Notifications;
using GoTrs.Application.Features.Notifications.SendNotifications;
using GoTrs.Infrastructure.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.Infrastructure.Notifications;

public static class NotificationRegistration
{
    /// <summary>The notification job: always resolvable (tests call it); it runs in the background only when Jobs:Enabled is true.</summary>
    public static IServiceCollection AddTicketNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.SectionName));
        services.AddSingleton<INotifiedTicketReader, PostgresNotifiedTicketReader>();
        services.AddSingleton<NotificationJob>();
        if (configuration.GetSection(JobOptions.SectionName).GetValue(nameof(JobOptions.Enabled), defaultValue: true))
            services.AddHostedService(sp => sp.GetRequiredService<NotificationJob>());
        return services;
    }
}
