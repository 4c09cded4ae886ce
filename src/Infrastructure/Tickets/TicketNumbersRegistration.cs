using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Tickets.Numbers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GoTrs.Infrastructure.Tickets;

public static class TicketNumbersRegistration
{
    /// <summary>
    /// Binds section "Tickets" and registers the generator as a singleton, also under its own type for the cleanup job.
    /// Needs the <see cref="Npgsql.NpgsqlDataSource"/> that AddInfrastructure registers.
    /// </summary>
    public static IServiceCollection AddTicketNumbers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TicketNumberOptions>()
            .Bind(configuration.GetSection(TicketNumberOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TicketNumberOptions>, TicketNumberOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TicketNumberGenerator>();
        services.AddSingleton<ITicketNumberGenerator>(sp => sp.GetRequiredService<TicketNumberGenerator>());
        return services;
    }

    /// <summary>A wrong SystemID or generator name would make every later number unparsable: refuse to start instead.</summary>
    private sealed class TicketNumberOptionsValidator : IValidateOptions<TicketNumberOptions>
    {
        public ValidateOptionsResult Validate(string? name, TicketNumberOptions options)
        {
            var problems = options.Problems();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
