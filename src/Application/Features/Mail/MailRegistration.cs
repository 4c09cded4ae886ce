using GoTrs.Application.Features.Mail.Inbound;
using GoTrs.Application.Features.Mail.Outbound;
using GoTrs.Domain.Tickets.Numbers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GoTrs.Application.Features.Mail;

public static class MailRegistration
{
    /// <summary>The postmaster and outbound building blocks the mail use cases share.</summary>
    public static IServiceCollection AddMailUseCases(this IServiceCollection services)
    {
        // The hook patterns are compiled once; the options cannot change while the process runs.
        services.AddSingleton(sp => new TicketNumberParser(sp.GetRequiredService<IOptions<TicketNumberOptions>>().Value));
        services.AddScoped<PostmasterFilterEngine>();
        services.AddScoped<FollowUpFinder>();
        services.AddScoped<InboundArticle>();
        services.AddScoped<NewTicketFromMail>();
        services.AddScoped<FollowUpFromMail>();
        services.AddScoped<Quarantine>();
        services.AddScoped<MailOutbox>();
        services.AddScoped<TagValues>();
        services.AddScoped<AutoResponder>();
        services.AddScoped<AgentReply>();
        services.AddSingleton<RecipientReader>();
        return services;
    }
}
