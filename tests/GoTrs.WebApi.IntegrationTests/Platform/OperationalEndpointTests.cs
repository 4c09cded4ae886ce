using System.Net;
using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.Platform;

public sealed class OperationalEndpointTests : ApiTest
{
    [Test]
    public async Task ShouldReportLiveAndReady_WhenTheDatabaseIsMigrated()
    {
        using var client = Anonymous();

        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task ShouldExposeRequestCountsLatencyAndPoolGauges_InPrometheusText()
    {
        using var client = await AsAdminAsync();
        await client.GetAsync("/api/v1/queues");

        var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        text.ShouldContain("gotrs_http_requests_total{method=\"GET\",route=\"/api/v1/queues\",status=\"200\"}");
        text.ShouldContain("gotrs_http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/v1/queues\",le=\"+Inf\"}");
        text.ShouldContain("npgsql_");
    }

    [Test]
    public async Task ShouldEchoAWellFormedRequestId_AndInventOneOtherwise()
    {
        using var client = Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Request-Id", "abc-123");

        var echoed = await client.SendAsync(request);
        var invented = await client.GetAsync("/health/live");

        echoed.Headers.GetValues("X-Request-Id").Single().ShouldBe("abc-123");
        invented.Headers.GetValues("X-Request-Id").Single().ShouldNotBeNullOrWhiteSpace();
    }
}
