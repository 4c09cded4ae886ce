using System.Net;
using System.Net.Http.Headers;
using GoTrs.WebApi.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GoTrs.WebApi.IntegrationTests.Spa;

/// <summary>The host serving a built client from a temporary dist folder, and without one.</summary>
public sealed class SpaHostingTests : ApiTest
{
    private const string IndexMarker = "<div id=\"root\" data-test=\"gotrs-spa\"></div>";
    private string _dist = "";
    private WebApplicationFactory<Program> _withClient = null!;
    private WebApplicationFactory<Program> _withoutClient = null!;

    [OneTimeSetUp]
    public void StartHosts()
    {
        _dist = Directory.CreateTempSubdirectory("gotrs-dist-").FullName;
        Directory.CreateDirectory(Path.Combine(_dist, "assets"));
        File.WriteAllText(Path.Combine(_dist, "index.html"), $"<!doctype html><html><body>{IndexMarker}</body></html>");
        File.WriteAllText(Path.Combine(_dist, "assets", "index-3f9a1c.js"), "console.log('gotrs');");
        File.WriteAllText(Path.Combine(_dist, "favicon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        _withClient = Api.WithWebHostBuilder(b => b.UseSetting("Spa:Root", _dist));
        _withoutClient = Api.WithWebHostBuilder(b => b.UseSetting("Spa:Root", Path.Combine(_dist, "missing")));
    }

    [OneTimeTearDown]
    public void StopHosts()
    {
        _withClient.Dispose();
        _withoutClient.Dispose();
        Directory.Delete(_dist, recursive: true);
    }

    [TestCase("/")]
    [TestCase("/login")]
    [TestCase("/agent/tickets/5")]
    [TestCase("/customer/login")]
    public async Task ShouldServeIndexHtmlWithoutCaching_WhenAnAppRouteIsRequested(string path)
    {
        using var client = _withClient.CreateClient();

        var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldContain(IndexMarker);
        response.Headers.CacheControl!.NoCache.ShouldBeTrue();
    }

    [Test]
    public async Task ShouldCacheHashedAssetsForAYear_WhenAnAssetIsRequested()
    {
        using var client = _withClient.CreateClient();

        var response = await client.GetAsync("/assets/index-3f9a1c.js");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("console.log('gotrs');");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        response.Headers.CacheControl!.ToString().ShouldBe("public, max-age=31536000, immutable");
    }

    [Test]
    public async Task ShouldServeOtherFilesAsTheyAre_WhenTheyExist()
    {
        using var client = _withClient.CreateClient();

        var response = await client.GetAsync("/favicon.svg");

        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        response.Headers.CacheControl!.NoCache.ShouldBeTrue();
    }

    [Test]
    public async Task ShouldAnswer404_WhenAHashedAssetIsMissing()
    {
        using var client = _withClient.CreateClient();

        (await client.GetAsync("/assets/index-000000.js")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldAnswerProblemDetails_WhenAnUnknownApiPathIsRequested()
    {
        using var client = _withClient.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (await LoginAsync("root@localhost", GoTrsApiFactory.AdminPassword)).AccessToken);

        var response = await client.GetAsync("/api/v1/no-such-thing");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldNotContain(IndexMarker);
    }

    [TestCase("/openapi.json")]
    [TestCase("/api")]
    [TestCase("/health/live")]
    [TestCase("/swagger/v1/swagger.json")]
    [TestCase("/metrics")]
    public async Task ShouldLeaveServerPathsToTheServer_WhenTheClientIsBuilt(string path)
    {
        using var client = _withClient.CreateClient();

        var response = await client.GetAsync(path);

        response.Content.Headers.ContentType?.MediaType.ShouldNotBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldNotContain(IndexMarker);
    }

    [Test]
    public async Task ShouldExplainHowToBuildTheClient_WhenNoBuildExists()
    {
        using var client = _withoutClient.CreateClient();

        var response = await client.GetAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        (await response.Content.ReadAsStringAsync()).ShouldContain("npm ci && npm run build");
    }
}
