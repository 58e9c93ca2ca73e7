using ProjectOffice.Domain.Access;

namespace ProjectOffice.Tests.Domain;

public sealed class RolePermissionsTests
{
    [Fact]
    public void Only_the_administrator_manages_users_and_reference_lists()
    {
        foreach (var role in Roles.All)
        {
            Assert.Equal(role == Roles.Admin, RolePermissions.Grants([role], Permissions.ManageUsers));
            Assert.Equal(role == Roles.Admin, RolePermissions.Grants([role], Permissions.ManageReferenceLists));
        }
    }

    [Fact]
    public void An_unknown_role_grants_nothing() =>
        Assert.DoesNotContain(Permissions.All, p => RolePermissions.Grants(["Stranger"], p));

    [Fact]
    public void Every_role_has_a_russian_name() =>
        Assert.All(Roles.All, role => Assert.Matches("^[А-Яа-яЁё ]+$", Roles.DisplayName(role)));
}
