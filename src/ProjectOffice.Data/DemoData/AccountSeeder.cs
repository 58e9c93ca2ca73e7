using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Domain.Access;

namespace ProjectOffice.Data.DemoData;

/// <summary>Roles exist in every installation; demo accounts only where demo mode asks for them.</summary>
public sealed class AccountSeeder(RoleManager<IdentityRole> roles, UserManager<AppUser> users)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }
    }

    /// <summary>Seeds the demo accounts into a database that has no accounts yet; returns whether it did.</summary>
    public async Task<bool> SeedDemoUsersAsync(CancellationToken ct)
    {
        if (await users.Users.AnyAsync(ct))
        {
            return false;
        }

        foreach (var demo in DemoUsers.All)
        {
            await CreateUserAsync(demo.UserName, demo.FullName, demo.Role, DemoUsers.Password, $"{demo.UserName}@demo.projectoffice.local");
        }

        return true;
    }

    public async Task<AppUser> CreateUserAsync(string userName, string fullName, string role, string password, string? email)
    {
        var user = new AppUser { UserName = userName, FullName = fullName, Email = email, EmailConfirmed = email is not null };
        Check(await users.CreateAsync(user, password), userName);
        Check(await users.AddToRoleAsync(user, role), userName);
        return user;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
