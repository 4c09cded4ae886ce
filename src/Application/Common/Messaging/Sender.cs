using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.Application.Common.Messaging;

/// <summary>
/// Our mediator: resolves the handler of a request and runs it inside the registered pipeline behaviours.
/// The generic dispatcher per request type is built once and cached.
/// </summary>
public sealed class Sender(IServiceProvider services) : ISender
{
    private static readonly ConcurrentDictionary<Type, object> Dispatchers = new();

    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var dispatcher = (Dispatcher<TResponse>)Dispatchers.GetOrAdd(
            request.GetType(),
            static type => Activator.CreateInstance(
                typeof(Dispatcher<,>).MakeGenericType(type, typeof(TResponse)))!);
        return dispatcher.Dispatch(request, services, cancellationToken);
    }

    private abstract class Dispatcher<TResponse>
    {
        public abstract Task<TResponse> Dispatch(IRequest<TResponse> request, IServiceProvider services, CancellationToken ct);
    }

    private sealed class Dispatcher<TRequest, TResponse> : Dispatcher<TResponse>
        where TRequest : IRequest<TResponse>
    {
        public override Task<TResponse> Dispatch(IRequest<TResponse> request, IServiceProvider services, CancellationToken ct)
        {
            var typed = (TRequest)request;
            var handler = services.GetRequiredService<IRequestHandler<TRequest, TResponse>>();
            RequestHandlerDelegate<TResponse> next = () => handler.Handle(typed, ct);
            foreach (var behaviour in services.GetServices<IPipelineBehavior<TRequest, TResponse>>().Reverse())
            {
                var inner = next;
                next = () => behaviour.Handle(typed, inner, ct);
            }
            return next();
        }
    }
}
