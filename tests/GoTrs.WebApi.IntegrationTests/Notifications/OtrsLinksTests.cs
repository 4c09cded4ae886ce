using System.Net;
using GoTrs.WebApi.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GoTrs.WebApi.IntegrationTests.Notifications;

public sealed class OtrsLinksTests : ApiTest
{
    [TestCase("/otrs/index.pl?Action=AgentTicketZoom;TicketID=42", "/agent/tickets/42")]
    [TestCase("/otrs/index.pl?Action=AgentTicketZoom&TicketID=42&ArticleID=7", "/agent/tickets/42")]
    [TestCase("/otrs/index.pl?Action=AgentTicketZoom;TicketID=drop%20table", "/agent")]
    [TestCase("/otrs/index.pl?Action=AgentDashboard", "/agent")]
    public async Task ShouldRedirectZnunyLinksToTheWebClient_WhenAMailLinkIsOpened(string link, string target)
    {
        using var client = Api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(link);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe(target);
    }
}
