using TraumaBondCms.Core.Security;

namespace TraumaBondCms.Core.Tests.Security;

/// <summary>Which accounts may be one person: those created or credentialed one by the other within the window, transitively.</summary>
public class AccountLinksTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromDays(30);

    private static CmsUser User(string name, string? createdBy, int daysAgo, string? grantedBy = null, int? grantedDaysAgo = null) => new()
    {
        UserId = name,
        UserName = name,
        DisplayName = name,
        PasswordHash = "x",
        SecurityStamp = "s",
        Roles = [],
        CreatedUtc = Now.AddDays(-daysAgo),
        CreatedBy = createdBy,
        CredentialGrantedBy = grantedBy,
        CredentialGrantedUtc = grantedDaysAgo is { } d ? Now.AddDays(-d) : null,
    };

    [Fact]
    public void Should_link_accounts_through_a_chain_of_recent_creations()
    {
        var users = new[] { User("admin", "system", 400), User("admin2", "admin", 2), User("admin3", "admin2", 1), User("dr.fake", "admin3", 1) };

        var linked = AccountLinks.Of("admin", users, Now, Window);

        Assert.Equal(["admin2", "admin3", "dr.fake"], linked.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_link_through_a_recent_credential_grant_even_when_the_account_is_old()
    {
        var users = new[] { User("admin", "system", 400), User("dr.old", "cli:root", 300, grantedBy: "admin", grantedDaysAgo: 3) };

        Assert.Contains("dr.old", AccountLinks.Of("admin", users, Now, Window));
    }

    [Fact]
    public void Should_not_link_when_the_creation_is_older_than_the_window_or_was_made_by_the_operator()
    {
        var users = new[] { User("admin", "system", 400), User("dr.vetted", "admin", 31), User("admin.second", "cli:root", 1) };

        Assert.Empty(AccountLinks.Of("admin", users, Now, Window));
        Assert.Empty(AccountLinks.Of("admin.second", users, Now, Window));
    }

    [Fact]
    public void Should_not_link_a_reviewer_whose_credential_a_second_administrator_confirmed()
    {
        var vouched = User("dr.real", "admin", 1, grantedBy: "admin", grantedDaysAgo: 1) with
        {
            Credential = new ReviewerCredential { Title = "LCSW", LicenseNumber = "1", ExpiresOn = new DateOnly(2030, 1, 1) },
            CredentialConfirmedBy = "admin.second",
        };
        var users = new[] { User("admin", "system", 400), User("editor", "admin", 1), vouched };

        Assert.Equal(["editor"], AccountLinks.Of("admin", users, Now, Window));
        Assert.Empty(AccountLinks.Of("dr.real", users, Now, Window));
    }
}
