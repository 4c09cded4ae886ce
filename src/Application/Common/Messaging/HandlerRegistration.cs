using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.Application.Common.Messaging;

public static class HandlerRegistration
{
    /// <summary>
    /// Registers every request handler and validator of <paramref name="assembly"/>, and fails at start-up, not at the
    /// first call, when a request type has no handler.
    /// </summary>
    public static IServiceCollection AddHandlersFrom(this IServiceCollection services, Assembly assembly)
    {
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
                {
                    // Building a validator compiles its rules' expressions; one without dependencies is built once.
                    if (type.GetConstructor(Type.EmptyTypes) is not null) services.AddSingleton(contract, type);
                    else services.AddScoped(contract, type);
                }
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
