namespace TraumaBondCms.Data.Tests.Contract;

/// <summary>
/// The store's change signal: what caches of published content rely on to follow commits by this process at once and
/// by other processes (another node, the command line) within milliseconds.
/// </summary>
public abstract class ChangeSignalContract : StoreContract
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Should_raise_the_signal_before_commit_returns_when_this_store_commits()
    {
        var seen = Store.Changes.Count;

        await WriteAsync(s => s.Content.CreateAsync(Build.Item(), []));

        Assert.True(Store.Changes.Count > seen);
    }

    [Fact]
    public async Task Should_not_raise_the_signal_when_a_write_session_is_disposed_without_commit()
    {
        var seen = Store.Changes.Count;

        await using (var session = await Store.BeginWriteAsync())
        {
            await session.Content.CreateAsync(Build.Item(), []);
        }

        Assert.Equal(seen, Store.Changes.Count);
    }

    [Fact]
    public async Task Should_raise_the_signal_when_another_store_commits_while_listening()
    {
        await using var other = await ListenBesideAnotherStoreAsync();
        var seen = Store.Changes.Count;

        await other.CommitItemAsync(Build.Item());

        Assert.True(await Store.Changes.WaitAsync(seen).WaitAsync(Patience) > seen);
    }

    [Fact]
    public async Task Should_not_raise_the_signal_when_another_store_rolls_back()
    {
        await using var other = await ListenBesideAnotherStoreAsync();
        var seen = Store.Changes.Count;

        await using (var session = await other.Store.BeginWriteAsync())
        {
            await session.Content.CreateAsync(Build.Item(), []);
        }

        // Not a timing claim: a notification of the rolled-back write would arrive long before this delay ends.
        await Task.Delay(PollInterval * 15);
        Assert.Equal(seen, Store.Changes.Count);
    }

    [Fact]
    public async Task Should_return_when_listening_is_cancelled()
    {
        using var listening = new CancellationTokenSource();
        var listener = Store.ListenForChangesAsync(PollInterval, listening.Token);

        await listening.CancelAsync();

        await listener.WaitAsync(Patience);
        Assert.True(listener.IsCompletedSuccessfully);
    }

    // Starts the test store listening and opens a second store on its database. It returns once a commit by the other
    // store has been signalled, when the listener is surely in place (PostgreSQL raises the signal once as LISTEN takes
    // effect, which a first commit alone could not tell apart from a notification).
    private async Task<OtherStore> ListenBesideAnotherStoreAsync()
    {
        var listening = new CancellationTokenSource();
        var other = new OtherStore(Database.OpenAnotherStore(), listening, Store.ListenForChangesAsync(PollInterval, listening.Token));
        var seen = Store.Changes.Count;
        await other.CommitItemAsync(Build.Item());
        await Store.Changes.WaitAsync(seen).WaitAsync(Patience);
        await Task.Delay(PollInterval * 3);
        return other;
    }

    /// <summary>A second store instance on the test's database while the test's store listens; disposal stops both.</summary>
    private sealed class OtherStore(ICmsStore store, CancellationTokenSource listening, Task listener) : IAsyncDisposable
    {
        /// <summary>The store.</summary>
        public ICmsStore Store => store;

        /// <summary>Creates an item in a committed write session of this store.</summary>
        public async Task CommitItemAsync(Core.Content.ContentItem item)
        {
            await using var session = await store.BeginWriteAsync();
            await session.Content.CreateAsync(item, []);
            await session.CommitAsync();
        }

        /// <inheritdoc />
        public async ValueTask DisposeAsync()
        {
            await listening.CancelAsync();
            await listener.WaitAsync(Patience);
            listening.Dispose();
            if (store is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }
}
