using System.Reflection;
using FluentValidation;
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

        var requestTypes = new List<Type>();
        var handled = new HashSet<Type>();
        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType))
            {
                var definition = contract.GetGenericTypeDefinition();
                if (definition == typeof(IRequestHandler<,>))
                {
                    services.AddScoped(contract, type);
                    handled.Add(contract.GetGenericArguments()[0]);
                }
                else if (definition == typeof(IValidator<>))
                    services.AddScoped(contract, type);
                else if (definition == typeof(IRequest<>))
                    requestTypes.Add(type);
            }
        }

        // Fail at start-up, not at the first call, when a use case has no handler.
        var orphans = requestTypes.Where(t => !handled.Contains(t)).Select(t => t.FullName).ToList();
        if (orphans.Count > 0)
            throw new InvalidOperationException($"Requests without a handler: {string.Join(", ", orphans)}");
        return services;
    }
}
