using Microsoft.AspNetCore.Identity;

namespace ProjectOffice.Data;

public sealed class AppUser : IdentityUser
{
    /// <summary>Full name as printed on forms: «Чернецкая Людмила Геннадьевна».</summary>
    public string FullName { get; set; } = "";
}
