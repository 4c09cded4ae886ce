using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Tickets.Numbers;
using GoTrs.Infrastructure.Tickets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GoTrs.Infrastructure.UnitTests.Tickets;

public sealed class TicketNumbersRegistrationTests
{
    [Test]
    public async Task ShouldBindSectionAndShareOneGenerator_WhenRegistered()
    {
        await using var provider = Provider(new()
        {
            ["Tickets:NumberGenerator"] = "AutoIncrement",
            ["Tickets:SystemId"] = "77",
            ["Tickets:HookDivider"] = "-",
        });

        var options = provider.GetRequiredService<IOptions<TicketNumberOptions>>().Value;

        options.NumberGenerator.ShouldBe(TicketNumberGeneratorKind.AutoIncrement);
        options.SystemId.ShouldBe("77");
        options.HookDivider.ShouldBe("-");
        options.MinCounterSize.ShouldBe(5);
        provider.GetRequiredService<ITicketNumberGenerator>().ShouldBeSameAs(provider.GetRequiredService<TicketNumberGenerator>());
    }

    [Test]
    public async Task ShouldRefuseTheOptions_WhenSystemIdIsNotDigits()
    {
        await using var provider = Provider(new() { ["Tickets:SystemId"] = "AB" });
        var options = provider.GetRequiredService<IOptions<TicketNumberOptions>>();

        var failure = Should.Throw<OptionsValidationException>(() => options.Value);

        failure.Message.ShouldContain("SystemId");
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        // Never opened: these tests only resolve services.
        services.AddSingleton(NpgsqlDataSource.Create("Host=127.0.0.1;Port=1"));
        services.AddTicketNumbers(configuration);
        return services.BuildServiceProvider();
    }
}
