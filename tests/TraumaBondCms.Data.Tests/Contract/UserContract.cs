using TraumaBondCms.Core.Security;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Contract;

/// <summary>Users (unique names ignoring case) and role definitions.</summary>
public abstract class UserContract : StoreContract
{
    [Fact]
    public async Task Should_find_the_user_by_name_ignoring_case_when_inserted()
    {
        var user = await InsertAsync(NewUser("Dr.Rivera"));

        var found = await ReadAsync(s => s.Users.FindByNameAsync("  dr.RIVERA "));

        AssertSameUser(user, found);
    }

    [Fact]
    public async Task Should_keep_every_field_when_a_user_is_read_by_id()
    {
        var user = await InsertAsync(NewUser("reviewer") with
        {
            Email = "reviewer@example.org",
            Credential = new ReviewerCredential { Title = "LCSW", LicenseNumber = "12345", Issuer = "California BBS", ExpiresOn = new DateOnly(2027, 6, 30) },
            FailedSignIns = 2,
            LockoutEndUtc = ContentBuilder.Start.AddHours(1),
            Disabled = true,
        });

        var found = await ReadAsync(s => s.Users.FindByIdAsync(user.UserId));

        AssertSameUser(user, found);
    }

    [Fact]
    public async Task Should_keep_who_created_credentialed_and_vouched_when_a_user_is_read_back()
    {
        var user = await InsertAsync(NewUser("dr.vouched") with
        {
            Credential = new ReviewerCredential { Title = "PsyD", LicenseNumber = "PSY 1", ExpiresOn = new DateOnly(2031, 1, 31) },
            CreatedBy = "admin",
            CredentialGrantedBy = "cli:root",
            CredentialGrantedUtc = ContentBuilder.Start.AddMinutes(1),
        });
        var vouched = user with { CredentialConfirmedBy = "admin.two", CredentialConfirmedUtc = ContentBuilder.Start.AddMinutes(2) };

        await WriteAsync(s => s.Users.UpdateAsync(vouched));

        var found = await ReadAsync(s => s.Users.FindByIdAsync(user.UserId));
        AssertSameUser(vouched, found);
        Assert.True(found!.CredentialConfirmed);
    }

    [Fact]
    public async Task Should_return_null_when_the_user_is_unknown()
    {
        await InsertAsync(NewUser("someone"));

        var (byName, byId) = await ReadAsync(async s => (await s.Users.FindByNameAsync("nobody"), await s.Users.FindByIdAsync("u-nobody")));

        Assert.Null(byName);
        Assert.Null(byId);
    }

    [Fact]
    public async Task Should_list_users_by_name_when_several_exist()
    {
        await InsertAsync(NewUser("carol"));
        await InsertAsync(NewUser("Alice"));
        await InsertAsync(NewUser("bob"));

        var users = await ReadAsync(s => s.Users.ListAsync());

        Assert.Equal(new[] { "Alice", "bob", "carol" }, users.Select(u => u.UserName));
    }

    [Fact]
    public async Task Should_store_the_changes_when_a_user_is_updated()
    {
        var user = await InsertAsync(NewUser("editor"));
        var changed = user with { UserName = "Editor2", Roles = ["Editor", "Reviewer"], SecurityStamp = "stamp-2", Disabled = true, LockoutEndUtc = null };

        await WriteAsync(s => s.Users.UpdateAsync(changed));

        AssertSameUser(changed, await ReadAsync(s => s.Users.FindByIdAsync(user.UserId)));
        Assert.Null(await ReadAsync(s => s.Users.FindByNameAsync("editor")));
    }

    [Fact]
    public async Task Should_throw_DuplicateUser_when_the_name_differs_only_in_case()
    {
        await InsertAsync(NewUser("admin"));
        await using var session = await Store.BeginWriteAsync();

        var insert = () => session.Users.InsertAsync(NewUser("ADMIN"));

        var error = await Assert.ThrowsAsync<DuplicateUserException>(insert);
        Assert.Equal("ADMIN", error.UserName);
    }

    [Fact]
    public async Task Should_throw_DuplicateUser_when_renamed_to_a_taken_name()
    {
        await InsertAsync(NewUser("admin"));
        var other = await InsertAsync(NewUser("other"));
        await using var session = await Store.BeginWriteAsync();

        var update = () => session.Users.UpdateAsync(other with { UserName = "Admin" });

        await Assert.ThrowsAsync<DuplicateUserException>(update);
    }

    [Fact]
    public async Task Should_replace_the_role_when_it_is_upserted_again()
    {
        await WriteAsync(s => s.Users.UpsertRoleAsync(new RoleDefinition("Reviewer", "Clinical reviewer", ["content.review"])));

        await WriteAsync(s => s.Users.UpsertRoleAsync(new RoleDefinition("Reviewer", null, ["content.review", "content.approve"])));

        var role = Assert.Single(await ReadAsync(s => s.Users.ListRolesAsync()));
        Assert.Equal(("Reviewer", (string?)null), (role.Name, role.Description));
        Assert.Equal(new[] { "content.review", "content.approve" }, role.Permissions);
    }

    [Fact]
    public async Task Should_list_roles_by_name_when_several_exist()
    {
        await WriteAsync(async s =>
        {
            await s.Users.UpsertRoleAsync(new RoleDefinition("Reviewer", null, []));
            await s.Users.UpsertRoleAsync(new RoleDefinition("Administrator", "Everything", ["*"]));
            await s.Users.UpsertRoleAsync(new RoleDefinition("Editor", null, ["content.edit"]));
        });

        var roles = await ReadAsync(s => s.Users.ListRolesAsync());

        Assert.Equal(new[] { "Administrator", "Editor", "Reviewer" }, roles.Select(r => r.Name));
    }

    private static readonly string[] NoRoles = [];

    private async Task<CmsUser> InsertAsync(CmsUser user)
    {
        await WriteAsync(s => s.Users.InsertAsync(user));
        return user;
    }

    private static CmsUser NewUser(string userName) => new()
    {
        UserId = "u-" + Guid.NewGuid().ToString("N"),
        UserName = userName,
        DisplayName = $"Display {userName}",
        PasswordHash = "AQAAAAIAAYagAAAAE-not-a-real-hash",
        SecurityStamp = "stamp-1",
        Roles = ["Editor"],
        CreatedUtc = ContentBuilder.Start,
    };

    // Roles is a list (compared by reference in the record), so the records are compared without it.
    private static void AssertSameUser(CmsUser expected, CmsUser? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { Roles = NoRoles }, actual with { Roles = NoRoles });
        Assert.Equal(expected.Roles, actual.Roles);
    }
}
