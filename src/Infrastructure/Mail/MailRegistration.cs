using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Infrastructure.Jobs;
using GoTrs.Infrastructure.Mail.Inbound;
using GoTrs.Infrastructure.Mail.Mime;
using GoTrs.Infrastructure.Mail.Outbound;
using GoTrs.Infrastructure.Mail.Protocols.Smtp;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.Infrastructure.Mail;

public static class MailRegistration
{
    /// <summary>
    /// Parser, composer, mailbox fetcher and the poll and send jobs. The jobs are always resolvable (tests and "fetch now"
    /// call them); they run in the background only when Jobs:Enabled is true.
    /// </summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.SectionName));
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.SectionName));
        services.AddSingleton<IInboundMailParser, MimeInboundMailParser>();
        services.AddSingleton<IMailComposer, MimeComposer>();
        services.AddSingleton<IAddressListParser, MimeAddressListParser>();
        services.AddSingleton<MailServerTrust>();
        services.AddSingleton<FetchedMailLedger>();
        services.AddSingleton<IMailboxFetcher, MailboxFetcher>();
        services.AddSingleton<MailPollJob>();
        services.AddSingleton<MailSendJob>();
        if (configuration.GetSection(JobOptions.SectionName).GetValue(nameof(JobOptions.Enabled), defaultValue: true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<MailPollJob>());
            services.AddHostedService(sp => sp.GetRequiredService<MailSendJob>());
        }
        return services;
    }
}
