using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GoTrs.Application.Features.Auth.GetMe;
using GoTrs.WebApi.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc;

namespace GoTrs.WebApi.IntegrationTests.Preferences;

public sealed class PreferencesTests : ApiTest
{
    [Test]
    public async Task ShouldReturnStoredJsonValues_WhenTheAgentSavedThem()
    {
        using var client = await AsAgentAsync("pref.agent");
        var filters = new { queueId = 3, stateType = new[] { "new", "open" }, sort = "-age" };

        (await client.PutAsJsonAsync("/api/v1/me/preferences/queueView.filters_3", filters)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.PutAsJsonAsync("/api/v1/me/preferences/pageSize", 50)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var all = (await client.GetFromJsonAsync<Dictionary<string, JsonElement>>("/api/v1/me/preferences"))!;

        all.Keys.ShouldBe(["pageSize", "queueView.filters_3"]);
        all["pageSize"].GetInt32().ShouldBe(50);
        all["queueView.filters_3"].GetProperty("stateType")[1].GetString().ShouldBe("open");
    }

    [Test]
    public async Task ShouldKeepOtrsKeysUntouched_WhenAPreferenceIsStored()
    {
        var agentId = await CreateAgentAsync("otrs.keys");
        await ExecuteAsync("INSERT INTO user_preferences (user_id, preferences_key, preferences_value) VALUES (@u, 'UserLanguage', 'fr')",
            ("u", agentId));
        using var client = WithToken((await LoginAsync("otrs.keys", PersonaPassword)).AccessToken);

        await client.PutAsJsonAsync("/api/v1/me/preferences/language", "de");

        (await ListAsync("SELECT preferences_key || '=' || preferences_value FROM user_preferences WHERE user_id = @u ORDER BY 1",
            ("u", agentId))).ShouldBe(["GoTrs.language=\"de\"", "UserLanguage=fr"]);
    }

    [Test]
    public async Task ShouldReplaceAndRemoveTheValue_WhenPutTwiceAndDeleted()
    {
        using var client = await AsAgentAsync("pref.replace");
        await client.PutAsJsonAsync("/api/v1/me/preferences/savedSearch", new { q = "printer" });
        await client.PutAsJsonAsync("/api/v1/me/preferences/savedSearch", new { q = "toner" });

        var replaced = (await client.GetFromJsonAsync<Dictionary<string, JsonElement>>("/api/v1/me/preferences"))!;
        var deleted = await client.DeleteAsync("/api/v1/me/preferences/savedSearch");
        var after = (await client.GetFromJsonAsync<Dictionary<string, JsonElement>>("/api/v1/me/preferences"))!;

        replaced["savedSearch"].GetProperty("q").GetString().ShouldBe("toner");
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        after.ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldKeepPreferencesPerUser_WhenTwoAgentsUseTheSameKey()
    {
        using var first = await AsAgentAsync("pref.first");
        using var second = await AsAgentAsync("pref.second");

        await first.PutAsJsonAsync("/api/v1/me/preferences/theme", "dark");

        (await second.GetFromJsonAsync<Dictionary<string, JsonElement>>("/api/v1/me/preferences"))!.ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldStoreLongValuesInSeveralRows_WhenACustomerSavesMoreThanOtrsHolds()
    {
        await CreateCustomerAsync("cust.pref", "ACME");
        using var client = WithToken((await LoginAsync("cust.pref", PersonaPassword, customer: true)).AccessToken);
        var text = string.Concat(Enumerable.Range(0, 400).Select(i => $"ä{i}😀"));

        (await client.PutAsJsonAsync("/api/v1/me/preferences/notes", text)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var all = (await client.GetFromJsonAsync<Dictionary<string, JsonElement>>("/api/v1/me/preferences"))!;

        all["notes"].GetString().ShouldBe(text);
        (await ScalarAsync<int>("SELECT count(*) FROM customer_preferences WHERE user_id = 'cust.pref'")).ShouldBeGreaterThan(1);
    }

    [TestCase("9starts-with-digit")]
    [TestCase("has%20space")]
    [TestCase("has:colon")]
    public async Task ShouldAnswer400_WhenTheKeyIsMalformed(string key)
    {
        using var client = await AsAgentAsync("pref.badkey");

        var response = await client.PutAsJsonAsync($"/api/v1/me/preferences/{key}", 1);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys.ShouldBe(["key"]);
    }

    [Test]
    public async Task ShouldAnswer400_WhenTheValueIsLargerThan64KB()
    {
        using var client = await AsAgentAsync("pref.large");

        var response = await client.PutAsJsonAsync("/api/v1/me/preferences/big", new string('x', 64 * 1024));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys.ShouldBe(["value"]);
    }

    [Test]
    public async Task ShouldAnswer400_WhenTheBodyIsNotJson()
    {
        using var client = await AsAgentAsync("pref.notjson");

        var response = await client.PutAsync("/api/v1/me/preferences/x",
            new StringContent("{not json", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [TestCase("language", "\"xx\"")]
    [TestCase("language", "5")]
    [TestCase("timeZone", "\"Mars/Olympus\"")]
    public async Task ShouldAnswer400_WhenALanguageOrTimeZoneIsUnknown(string key, string json)
    {
        using var client = await AsAgentAsync("pref.locale");

        var response = await client.PutAsync($"/api/v1/me/preferences/{key}", new StringContent(json, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys.ShouldBe(["value"]);
    }

    [Test]
    public async Task ShouldShowLanguageAndTimeZoneInMe_WhenTheAgentChoseThem()
    {
        using var client = await AsAgentAsync("pref.me");
        var before = (await client.GetFromJsonAsync<MeDto>("/api/v1/me"))!;

        await client.PutAsJsonAsync("/api/v1/me/preferences/language", "ar");
        await client.PutAsJsonAsync("/api/v1/me/preferences/timeZone", "Europe/Berlin");
        var after = (await client.GetFromJsonAsync<MeDto>("/api/v1/me"))!;

        (before.Language, before.TimeZone).ShouldBe(("en", "UTC"));
        (after.Language, after.TimeZone).ShouldBe(("ar", "Europe/Berlin"));
    }

    [Test]
    public async Task ShouldFallBackToOtrsSettingsInMe_WhenGoTrsHasNone()
    {
        var agentId = await CreateAgentAsync("otrs.locale");
        await ExecuteAsync("""
            INSERT INTO user_preferences (user_id, preferences_key, preferences_value)
            VALUES (@u, 'UserLanguage', 'ar_SA'), (@u, 'UserTimeZone', 'America/New_York')
            """, ("u", agentId));
        using var client = WithToken((await LoginAsync("otrs.locale", PersonaPassword)).AccessToken);

        var me = (await client.GetFromJsonAsync<MeDto>("/api/v1/me"))!;

        (me.Language, me.TimeZone).ShouldBe(("ar", "America/New_York"));
    }

    [Test]
    public async Task ShouldShowTheCustomersLanguageInMe_WhenTheCustomerChoseIt()
    {
        await CreateCustomerAsync("cust.lang", "ACME");
        using var client = WithToken((await LoginAsync("cust.lang", PersonaPassword, customer: true)).AccessToken);

        await client.PutAsJsonAsync("/api/v1/me/preferences/language", "es");

        (await client.GetFromJsonAsync<MeDto>("/api/v1/me"))!.Language.ShouldBe("es");
    }

    [Test]
    public async Task ShouldAnswer401_WhenAnonymous()
    {
        using var client = Anonymous();

        (await client.GetAsync("/api/v1/me/preferences")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
