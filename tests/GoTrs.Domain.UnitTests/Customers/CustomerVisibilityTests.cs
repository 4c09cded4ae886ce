using GoTrs.Domain.Customers;

namespace GoTrs.Domain.UnitTests.Customers;

public sealed class CustomerVisibilityTests
{
    private static readonly CustomerVisibility Jane =
        new("jane", new HashSet<string> { "ACME" }, [(5, "ro"), (7, "superpower")]);

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
    public void ShouldImplyRo_WhenRwIsGranted() =>
        new CustomerVisibility("jane", new HashSet<string>(), [(3, "rw")]).GroupPermissions[3].ShouldBe(["ro", "rw"]);

    [Test]
    public void ShouldIgnoreKeysThatAreNotCustomerPermissions() =>
        Jane.CompanyTicketGroupIds.ShouldBe(new HashSet<int> { 5 });

    [Test]
    public void ShouldNotSeeOtherCompaniesTickets() =>
        Jane.CanSee("bob", "OTHER", queueGroupId: 5).ShouldBeFalse();
}
