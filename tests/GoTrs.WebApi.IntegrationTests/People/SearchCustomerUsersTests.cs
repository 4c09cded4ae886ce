using System.Net;
using System.Net.Http.Json;
using GoTrs.Application.Features.CustomerUsers;
using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.People;

public sealed class SearchCustomerUsersTests : ApiTest
{
    [SetUp]
    public async Task CreateCustomersAsync()
    {
        await ExecuteAsync("""
            INSERT INTO customer_company (customer_id, name, valid_id, create_time, create_by, change_time, change_by)
            VALUES ('ACME', 'Acme Corporation', 1, now(), 1, now(), 1)
            """);
        await ExecuteAsync("""
            INSERT INTO customer_user (login, email, customer_id, first_name, last_name, valid_id, create_time, create_by, change_time, change_by)
            VALUES ('jdoe', 'jane.doe@acme.test', 'ACME', 'Jane', 'Doe', 1, now(), 1, now(), 1),
                   ('bob', 'bob@other.test', 'OTHER', 'Bob', 'Janeway', 1, now(), 1, now(), 1),
                   ('jane', 'jane@acme.test', 'ACME', 'Jane', 'Zeta', 1, now(), 1, now(), 1),
                   ('gone', 'jane.gone@acme.test', 'ACME', 'Jane', 'Gone', 2, now(), 1, now(), 1)
            """);
    }

    [Test]
    public async Task ShouldFindValidCustomersCaseInsensitively_WhenTheTermMatchesAnyField()
    {
        using var agent = await AsAgentAsync("finder");

        var found = (await agent.GetFromJsonAsync<List<CustomerUserDto>>("/api/v1/customer-users?search=JANE"))!;

        found.Select(c => c.Login).ShouldBe(["jane", "jdoe", "bob"]);
        found[1].ShouldBe(new CustomerUserDto("jdoe", "Jane", "Doe", "Jane Doe", "jane.doe@acme.test", "ACME", "Acme Corporation"));
        found[2].CompanyName.ShouldBeNull();
    }

    [Test]
    public async Task ShouldRequireEveryWord_WhenTheSearchHasSeveral()
    {
        using var agent = await AsAgentAsync("finder");

        var found = (await agent.GetFromJsonAsync<List<CustomerUserDto>>("/api/v1/customer-users?search=jane%20doe"))!;

        found.Select(c => c.Login).ShouldBe(["jdoe"]);
    }

    [Test]
    public async Task ShouldHonourTheLimit_WhenMoreCustomersMatch()
    {
        using var agent = await AsAgentAsync("finder");

        var found = (await agent.GetFromJsonAsync<List<CustomerUserDto>>("/api/v1/customer-users?search=a&limit=2"))!;

        found.Count.ShouldBe(2);
    }

    [Test]
    public async Task ShouldTreatLikeWildcardsLiterally_WhenTheSearchContainsThem()
    {
        using var agent = await AsAgentAsync("finder");

        (await agent.GetFromJsonAsync<List<CustomerUserDto>>("/api/v1/customer-users?search=%25"))!.ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldSearchWithOneStatement_WhenPermissionsAreKnown()
    {
        using var agent = await AsAgentAsync("finder");

        using var counter = await SqlCounter.CountAsync(() => agent.GetAsync("/api/v1/customer-users?search=jane%20acme&limit=50"));

        counter.Count.ShouldBe(1, counter.ToString());
    }

    [Test]
    public async Task ShouldAnswer400_WhenTheLimitIsOutOfRange()
    {
        using var agent = await AsAgentAsync("finder");

        (await agent.GetAsync("/api/v1/customer-users?limit=1000")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ShouldAnswer403_WhenACustomerSearches()
    {
        await CreateCustomerAsync("nosy", "ACME");
        using var customer = WithToken((await LoginAsync("nosy", PersonaPassword, customer: true)).AccessToken);

        (await customer.GetAsync("/api/v1/customer-users?search=jane")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ShouldReturnOneCustomer_WhenTheLoginIsKnown()
    {
        using var agent = await AsAgentAsync("finder");

        var jane = (await agent.GetFromJsonAsync<CustomerUserDto>("/api/v1/customer-users/JDoe"))!;

        (jane.Login, jane.CompanyName).ShouldBe(("jdoe", "Acme Corporation"));
    }

    [Test]
    public async Task ShouldAnswer404_WhenTheLoginIsUnknown()
    {
        using var agent = await AsAgentAsync("finder");

        var response = await agent.GetAsync("/api/v1/customer-users/nobody");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
