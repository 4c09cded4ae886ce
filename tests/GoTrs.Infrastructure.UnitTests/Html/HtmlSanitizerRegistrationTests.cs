using GoTrs.Application.Common.Interfaces;
using GoTrs.Infrastructure.Html;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.Infrastructure.UnitTests.Html;

public sealed class HtmlSanitizerRegistrationTests
{
    [Test]
    public void ShouldResolveOneSharedSanitizer_WhenRegistered()
    {
        using var provider = new ServiceCollection().AddHtmlSanitizer().BuildServiceProvider();

        var first = provider.GetRequiredService<IHtmlSanitizer>();

        first.ShouldBeOfType<AllowListHtmlSanitizer>();
        provider.GetRequiredService<IHtmlSanitizer>().ShouldBeSameAs(first);
    }
}
