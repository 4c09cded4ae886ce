using GoTrs.Application.Features.Notifications.SendNotifications;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.Application.Features.Notifications;

public static class NotificationRegistration
{
    /// <summary>What turns ticket changes into notification mails (the job that drives it lives in Infrastructure).</summary>
    public static IServiceCollection AddNotificationUseCases(this IServiceCollection services)
    {
        services.AddScoped<TicketNotifier>();
        services.AddScoped<NotificationRecipients>();
        services.AddScoped<CustomerRecipients>();
        services.AddScoped<NotificationText>();
        services.AddScoped<NotificationMail>();
        return services;
    }
}
