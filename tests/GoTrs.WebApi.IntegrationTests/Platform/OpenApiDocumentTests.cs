using System.Text.Json;
using System.Text.Json.Nodes;
using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.Platform;

/// <summary>
/// The committed OpenAPI document (docs/api/openapi.json) must equal what the API serves. After changing the API,
/// refresh it with: UPDATE_OPENAPI=1 dotnet test tests/GoTrs.WebApi.IntegrationTests --filter OpenApiDocumentTests
/// </summary>
public sealed class OpenApiDocumentTests : ApiTest
{
    [Test]
    public async Task ShouldMatchTheCommittedDocument()
    {
        using var client = Anonymous();
        var served = Normalize(await client.GetStringAsync("/swagger/v1/swagger.json"));
        var committedPath = Path.Combine(RepositoryRoot(), "docs", "api", "openapi.json");

        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(committedPath, served + "\n");
            Assert.Pass($"Wrote {committedPath}");
        }

        File.Exists(committedPath).ShouldBeTrue($"{committedPath} is missing");
        var committed = Normalize(await File.ReadAllTextAsync(committedPath));
        served.ShouldBe(committed,
            "The API changed without docs/api/openapi.json. Refresh it: " +
            "UPDATE_OPENAPI=1 dotnet test tests/GoTrs.WebApi.IntegrationTests --filter OpenApiDocumentTests");
    }

    [Test]
    public async Task ShouldDocumentTheAuthAndLookupEndpoints()
    {
        using var client = Anonymous();
        var document = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();

        paths.ShouldContain("/api/v1/auth/login");
        paths.ShouldContain("/api/v1/customer/auth/login");
        paths.ShouldContain("/api/v1/me");
        paths.ShouldContain("/api/v1/queues");
    }

    private static string Normalize(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GoTrs.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("GoTrs.sln not found above the test folder.");
    }
}
