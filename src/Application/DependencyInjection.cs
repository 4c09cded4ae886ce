using System.Reflection;
using GoTrs.Application.Common.Behaviours;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Security;
using GoTrs.Application.Features.Mail;
using GoTrs.Application.Features.Notifications;
using GoTrs.Application.Features.Preferences;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Application.Features.Tickets.CreateTicket;
using GoTrs.Application.Features.Tickets.Links;
using GoTrs.Application.Features.Tickets.UpdateTicket;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = Assembly.GetExecutingAssembly();
        services.AddScoped<ISender, Sender>();
        services.AddScoped<IPermissionService, PermissionService>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped<HistoryTypeCache>();
        services.AddScoped<ArticleFactory>();
        services.AddScoped<DynamicFieldWriter>();
        services.AddScoped<CreateTicketPlanner>();
        services.AddScoped<TicketUpdater>();
        services.AddScoped<TicketLinks>();
        services.AddScoped<PreferenceStore>();
        services.AddMailUseCases();
        services.AddNotificationUseCases();

        services.AddHandlersFrom(assembly);
        return services;
    }
}
