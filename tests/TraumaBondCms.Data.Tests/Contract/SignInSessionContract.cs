using TraumaBondCms.Core.Security;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Contract;

/// <summary>Sign-in sessions: started, found, extended, ended one by one or all of a user's, and pruned once long gone.</summary>
public abstract class SignInSessionContract : StoreContract
{
    [Fact]
    public async Task Should_find_an_active_session_when_it_was_started()
    {
        var user = await UserAsync("editor");
        var session = NewSession(user, "a", ContentBuilder.Start);

        await WriteAsync(s => s.SignInSessions.StartAsync(session));

        var found = await ReadAsync(s => s.SignInSessions.FindAsync("a"));
        Assert.Equal(session, found);
        Assert.True(found!.IsActiveAt(ContentBuilder.Start.AddMinutes(59)));
        Assert.False(found.IsActiveAt(ContentBuilder.Start.AddHours(1)));
    }

    [Fact]
    public async Task Should_end_only_that_session_when_one_is_ended()
    {
        var user = await UserAsync("editor");
        await WriteAsync(async s =>
        {
            await s.SignInSessions.StartAsync(NewSession(user, "phone", ContentBuilder.Start));
            await s.SignInSessions.StartAsync(NewSession(user, "laptop", ContentBuilder.Start));
        });

        var ended = await ReadWriteAsync(s => s.SignInSessions.EndAsync("phone", ContentBuilder.Start.AddMinutes(5)));
        var again = await ReadWriteAsync(s => s.SignInSessions.EndAsync("phone", ContentBuilder.Start.AddMinutes(6)));

        Assert.True(ended);
        Assert.False(again);
        Assert.Equal(ContentBuilder.Start.AddMinutes(5), (await ReadAsync(s => s.SignInSessions.FindAsync("phone")))!.EndedUtc);
        Assert.Null((await ReadAsync(s => s.SignInSessions.FindAsync("laptop")))!.EndedUtc);
    }

    [Fact]
    public async Task Should_end_every_session_of_the_user_and_no_other_when_all_are_ended()
    {
        var user = await UserAsync("editor");
        var other = await UserAsync("reviewer");
        await WriteAsync(async s =>
        {
            await s.SignInSessions.StartAsync(NewSession(user, "one", ContentBuilder.Start));
            await s.SignInSessions.StartAsync(NewSession(user, "two", ContentBuilder.Start));
            await s.SignInSessions.StartAsync(NewSession(other, "three", ContentBuilder.Start));
        });

        var count = await ReadWriteAsync(s => s.SignInSessions.EndAllAsync(user.UserId, ContentBuilder.Start.AddMinutes(1)));

        Assert.Equal(2, count);
        Assert.False((await ReadAsync(s => s.SignInSessions.FindAsync("two")))!.IsActiveAt(ContentBuilder.Start.AddMinutes(2)));
        Assert.True((await ReadAsync(s => s.SignInSessions.FindAsync("three")))!.IsActiveAt(ContentBuilder.Start.AddMinutes(2)));
    }

    [Fact]
    public async Task Should_move_the_expiry_of_an_active_session_only_when_extended()
    {
        var user = await UserAsync("editor");
        await WriteAsync(async s =>
        {
            await s.SignInSessions.StartAsync(NewSession(user, "live", ContentBuilder.Start));
            await s.SignInSessions.StartAsync(NewSession(user, "gone", ContentBuilder.Start));
            await s.SignInSessions.EndAsync("gone", ContentBuilder.Start);
        });

        var live = await ReadWriteAsync(s => s.SignInSessions.ExtendAsync("live", ContentBuilder.Start.AddHours(9)));
        var gone = await ReadWriteAsync(s => s.SignInSessions.ExtendAsync("gone", ContentBuilder.Start.AddHours(9)));

        Assert.Equal((true, false), (live, gone));
        Assert.Equal(ContentBuilder.Start.AddHours(9), (await ReadAsync(s => s.SignInSessions.FindAsync("live")))!.ExpiresUtc);
    }

    [Fact]
    public async Task Should_forget_sessions_that_ended_or_expired_a_day_before_a_new_one_starts()
    {
        var user = await UserAsync("editor");
        await WriteAsync(async s =>
        {
            await s.SignInSessions.StartAsync(NewSession(user, "expired", ContentBuilder.Start));
            await s.SignInSessions.StartAsync(NewSession(user, "ended", ContentBuilder.Start.AddDays(1)));
            await s.SignInSessions.EndAsync("ended", ContentBuilder.Start.AddDays(1));
            await s.SignInSessions.StartAsync(NewSession(user, "recent", ContentBuilder.Start.AddDays(2)));
        });

        await WriteAsync(s => s.SignInSessions.StartAsync(NewSession(user, "new", ContentBuilder.Start.AddDays(2).AddHours(2))));

        Assert.Null(await ReadAsync(s => s.SignInSessions.FindAsync("expired")));
        Assert.Null(await ReadAsync(s => s.SignInSessions.FindAsync("ended")));
        Assert.NotNull(await ReadAsync(s => s.SignInSessions.FindAsync("recent")));
    }

    private async Task<T> ReadWriteAsync<T>(Func<IStoreSession, Task<T>> change)
    {
        await using var session = await Store.BeginWriteAsync();
        var result = await change(session);
        await session.CommitAsync();
        return result;
    }

    private async Task<CmsUser> UserAsync(string userName)
    {
        var user = new CmsUser
        {
            UserId = "u-" + userName,
            UserName = userName,
            DisplayName = userName,
            PasswordHash = "not-a-hash",
            SecurityStamp = "stamp",
            Roles = [],
            CreatedUtc = ContentBuilder.Start,
        };
        await WriteAsync(s => s.Users.InsertAsync(user));
        return user;
    }

    private static SignInSession NewSession(CmsUser user, string hash, DateTimeOffset started) =>
        new() { SessionHash = hash, UserId = user.UserId, Kind = "token", StartedUtc = started, ExpiresUtc = started.AddHours(1) };
}
