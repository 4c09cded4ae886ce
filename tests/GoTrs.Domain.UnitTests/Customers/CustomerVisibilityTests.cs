using GoTrs.Domain.Customers;

namespace GoTrs.Domain.UnitTests.Customers;

public sealed class CustomerVisibilityTests
{
    private static readonly CustomerVisibility Jane =
        new("jane", new HashSet<string> { "ACME" }, new HashSet<int> { 5 });

    [Test]
    public void ShouldSeeOwnTickets_InAnyQueue() =>
        Jane.CanSee("jane", "OTHER", queueGroupId: 99).ShouldBeTrue();

    [Test]
    public void ShouldMatchOwnTicketsCaseInsensitively() =>
        Jane.CanSee("JANE", null, queueGroupId: 99).ShouldBeTrue();

    [Test]
    public void ShouldSeeCompanyTickets_WhenTheQueueGroupIsAllowed() =>
        Jane.CanSee("bob", "ACME", queueGroupId: 5).ShouldBeTrue();

    [Test]
    public void ShouldNotSeeCompanyTickets_WhenTheQueueGroupIsNotAllowed() =>
        Jane.CanSee("bob", "ACME", queueGroupId: 6).ShouldBeFalse();

    [Test]
    public void ShouldNotSeeOtherCompaniesTickets() =>
        Jane.CanSee("bob", "OTHER", queueGroupId: 5).ShouldBeFalse();
}
