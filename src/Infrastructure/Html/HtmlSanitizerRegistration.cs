using GoTrs.Application.Common.Interfaces;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.Infrastructure.Html;

public static class HtmlSanitizerRegistration
{
    /// <summary>Registers <see cref="AllowListHtmlSanitizer"/> as the singleton <see cref="IHtmlSanitizer"/>.</summary>
    public static IServiceCollection AddHtmlSanitizer(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // A factory, because the sanitizer has a second constructor that a container should not choose.
        services.AddSingleton<IHtmlSanitizer>(_ => new AllowListHtmlSanitizer());
        return services;
    }
}
