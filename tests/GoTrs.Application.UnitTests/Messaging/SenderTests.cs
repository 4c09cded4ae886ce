using FluentValidation;
using GoTrs.Application.Common.Behaviours;
using GoTrs.Application.Common.Messaging;
using Microsoft.Extensions.DependencyInjection;
using AppValidationException = GoTrs.Application.Common.Exceptions.ValidationException;

namespace GoTrs.Application.UnitTests.Messaging;

public sealed class SenderTests
{
    public sealed record Echo(string Text) : IRequest<string>;

    public sealed class EchoHandler : IRequestHandler<Echo, string>
    {
        public Task<string> Handle(Echo request, CancellationToken cancellationToken) => Task.FromResult(request.Text);
    }

    public sealed class EchoValidator : AbstractValidator<Echo>
    {
        public EchoValidator() => RuleFor(x => x.Text).NotEmpty().WithMessage("Text is required.");
    }

    public sealed class Trace(List<string> log, string name) : IPipelineBehavior<Echo, string>
    {
        public async Task<string> Handle(Echo request, RequestHandlerDelegate<string> next, CancellationToken cancellationToken)
        {
            log.Add($"{name}>");
            var result = await next();
            log.Add($"<{name}");
            return result;
        }
    }

    [Test]
    public async Task ShouldReturnTheHandlersResult_WhenARequestIsSent()
    {
        await using var services = Build();

        (await services.GetRequiredService<ISender>().Send(new Echo("hi"))).ShouldBe("hi");
    }

    [Test]
    public async Task ShouldRunBehavioursOutermostFirst_InRegistrationOrder()
    {
        var log = new List<string>();
        await using var services = Build(s =>
        {
            s.AddScoped<IPipelineBehavior<Echo, string>>(_ => new Trace(log, "a"));
            s.AddScoped<IPipelineBehavior<Echo, string>>(_ => new Trace(log, "b"));
        });

        await services.GetRequiredService<ISender>().Send(new Echo("hi"));

        log.ShouldBe(["a>", "b>", "<b", "<a"]);
    }

    [Test]
    public async Task ShouldThrowFieldErrors_WhenValidationFails()
    {
        await using var services = Build(s =>
        {
            s.AddScoped<IValidator<Echo>, EchoValidator>();
            s.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        });

        var error = await Should.ThrowAsync<AppValidationException>(
            () => services.GetRequiredService<ISender>().Send(new Echo("")));

        error.Errors["text"].ShouldBe(["Text is required."]);
    }

    [Test]
    public void ShouldRegisterAHandlerForEveryRequestOfTheApplication()
    {
        var services = new ServiceCollection();

        Should.NotThrow(() => services.AddApplication());
        services.ShouldContain(d => d.ServiceType == typeof(ISender));
    }

    private static ServiceProvider Build(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddScoped<ISender, Sender>();
        services.AddScoped<IRequestHandler<Echo, string>, EchoHandler>();
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}

public sealed record OrphanRequest : IRequest<int>;

public sealed class HandlerRegistrationTests
{
    [Test]
    public void ShouldFailAtStartUp_WhenARequestHasNoHandler()
    {
        var error = Should.Throw<InvalidOperationException>(
            () => new ServiceCollection().AddHandlersFrom(typeof(HandlerRegistrationTests).Assembly));

        error.Message.ShouldContain(nameof(OrphanRequest));
        error.Message.ShouldNotContain("Echo");
    }
}
