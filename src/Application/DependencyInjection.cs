using System.Reflection;
using GoTrs.Application.Common.Behaviours;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Security;
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

        services.AddHandlersFrom(assembly);
        return services;
    }
}
