using GoTrs.Domain.Permissions;

namespace GoTrs.Domain.UnitTests.Permissions;

public sealed class EffectivePermissionsTests
{
    [Test]
    public void ShouldImplyEveryKey_WhenRwIsGranted()
    {
        var permissions = EffectivePermissions.From([new PermissionGrant(7, Permission.Rw)]);

        Permission.All.ShouldAllBe(key => permissions.Has(7, key));
    }

    [Test]
    public void ShouldGrantOnlyTheNamedKey_WhenAKeyOtherThanRwIsGranted()
    {
        var permissions = EffectivePermissions.From([new PermissionGrant(7, Permission.MoveInto)]);

        permissions.Has(7, Permission.MoveInto).ShouldBeTrue();
        permissions.Has(7, Permission.Ro).ShouldBeFalse();
        permissions.Has(8, Permission.MoveInto).ShouldBeFalse();
    }

    [Test]
    public void ShouldUniteDirectAndRoleGrants_WhenBothExist()
    {
        var permissions = EffectivePermissions.From([
            new PermissionGrant(1, Permission.Ro),
            new PermissionGrant(1, Permission.Note, RoleValid: true),
            new PermissionGrant(2, Permission.Create, RoleValid: true),
        ]);

        permissions.ByGroup[1].ShouldBe([Permission.Ro, Permission.Note]);
        permissions.GroupsWith(Permission.Create).ShouldBe(new HashSet<int> { 2 });
    }

    [Test]
    public void ShouldGrantNothing_WhenTheGroupIsInvalid()
    {
        var permissions = EffectivePermissions.From([new PermissionGrant(1, Permission.Rw, GroupValid: false)]);

        permissions.Has(1, Permission.Ro).ShouldBeFalse();
        permissions.ByGroup.ShouldBeEmpty();
    }

    [Test]
    public void ShouldGrantNothing_WhenTheRoleIsInvalid()
    {
        var permissions = EffectivePermissions.From([new PermissionGrant(1, Permission.Rw, RoleValid: false)]);

        permissions.Has(1, Permission.Ro).ShouldBeFalse();
    }

    [Test]
    public void ShouldIgnoreRoleRows_WhenTheirValueIsZero()
    {
        var permissions = EffectivePermissions.From([new PermissionGrant(1, Permission.Ro, Value: false)]);

        permissions.Has(1, Permission.Ro).ShouldBeFalse();
    }

    [Test]
    public void ShouldIgnoreUnknownKeys()
    {
        var permissions = EffectivePermissions.From([new PermissionGrant(1, "superpower")]);

        permissions.ByGroup.ShouldBeEmpty();
    }

    [Test]
    public void ShouldKeepAnInvalidRolesGrantFromHidingADirectGrant()
    {
        var permissions = EffectivePermissions.From([
            new PermissionGrant(1, Permission.Rw, RoleValid: false),
            new PermissionGrant(1, Permission.Ro),
        ]);

        permissions.ByGroup[1].ShouldBe([Permission.Ro]);
    }
}
