using System.Net.Http.Headers;
using System.Net.Http.Json;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Auth;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GoTrs.WebApi.IntegrationTests.Support;

/// <summary>Base of HTTP tests: a fresh database per test and helpers that build the personas.</summary>
public abstract class ApiTest
{
    public const string PersonaPassword = "Persona-Pa55word";

    protected static GoTrsApiFactory Api => TestRun.Api;

    [SetUp]
    public Task ResetDatabaseAsync() => DatabaseReset.ResetAsync(Api);

    protected static HttpClient Anonymous() => Api.CreateClient();

    protected static async Task<TokenResponse> LoginAsync(string login, string password, bool customer = false)
    {
        using var client = Anonymous();
        var response = await client.PostAsJsonAsync(customer ? "/api/v1/customer/auth/login" : "/api/v1/auth/login",
            new { login, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
    }

    protected static HttpClient WithToken(string accessToken)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    protected static async Task<HttpClient> AsAdminAsync() =>
        WithToken((await LoginAsync("root@localhost", GoTrsApiFactory.AdminPassword)).AccessToken);

    /// <summary>Creates a valid agent with the given direct group grants and returns its id.</summary>
    protected static async Task<int> CreateAgentAsync(string login, params (int GroupId, string Key)[] grants)
    {
        var hash = Api.Services.GetRequiredService<IPasswordHasher>().Hash(PersonaPassword);
        var id = await ScalarAsync<int>("""
            INSERT INTO users (login, pw, first_name, last_name, valid_id, create_time, create_by, change_time, change_by)
            VALUES (@login, @pw, 'Test', @login, 1, now(), 1, now(), 1) RETURNING id
            """, ("login", login), ("pw", hash));
        foreach (var (groupId, key) in grants)
            await ExecuteAsync("""
                INSERT INTO group_user (user_id, group_id, permission_key, create_time, create_by, change_time, change_by)
                VALUES (@user, @group, @key, now(), 1, now(), 1)
                """, ("user", id), ("group", groupId), ("key", key));
        return id;
    }

    protected static async Task<HttpClient> AsAgentAsync(string login, params (int GroupId, string Key)[] grants)
    {
        await CreateAgentAsync(login, grants);
        return WithToken((await LoginAsync(login, PersonaPassword)).AccessToken);
    }

    protected static async Task CreateCustomerAsync(string login, string customerId, int validId = 1)
    {
        var hash = Api.Services.GetRequiredService<IPasswordHasher>().Hash(PersonaPassword);
        await ExecuteAsync("""
            INSERT INTO customer_user (login, email, customer_id, pw, first_name, last_name, valid_id,
                                       create_time, create_by, change_time, change_by)
            VALUES (@login, @login || '@example.com', @customer, @pw, 'Cust', @login, @valid, now(), 1, now(), 1)
            """, ("login", login), ("customer", customerId), ("pw", hash), ("valid", validId));
    }

    protected static async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await command.ExecuteNonQueryAsync();
    }

    protected static async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T));
    }

    protected static async Task<List<string>> ListAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var list = new List<string>();
        while (await reader.ReadAsync()) list.Add(reader.GetString(0));
        return list;
    }

    private static NpgsqlCommand Command(string sql, (string Name, object Value)[] parameters)
    {
        var command = Api.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }
}
