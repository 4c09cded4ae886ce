using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GoTrs.WebApi.IntegrationTests.Mail;

namespace GoTrs.WebApi.IntegrationTests.Admin.MailTexts;

/// <summary>Base of the tests of the mail text admin API: the admin's client and how its problems read.</summary>
public abstract class MailTextAdminTest : MailTest
{
    protected HttpClient Admin { get; private set; } = null!;

    [SetUp]
    public async Task SignInAdminAsync() => Admin = await AsAdminAsync();

    [TearDown]
    public void SignOutAdmin() => Admin.Dispose();

    /// <summary>The fields a 400 names, in order.</summary>
    protected static async Task<IReadOnlyList<string>> ErrorFieldsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
    }

    protected static async Task<string> DetailAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
    }

    protected async Task<T> CreatedAsync<T>(string path, object body)
    {
        var response = await Admin.PostAsJsonAsync(path, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
