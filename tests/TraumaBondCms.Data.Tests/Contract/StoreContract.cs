using TraumaBondCms.Core.Content;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Contract;

/// <summary>
/// The root of the contract suite that every engine must pass (Dapper's style): each subject is an abstract
/// class of tests, and each engine derives one concrete class per subject that only says how to make a
/// database. Every test gets a fresh, migrated, empty database and a <see cref="ContentBuilder"/>.
/// </summary>
public abstract class StoreContract : IAsyncLifetime
{
    private TestDatabase? _database;

    /// <summary>The test's database (already migrated).</summary>
    protected TestDatabase Database => _database ?? throw new InvalidOperationException("The database is made in InitializeAsync.");

    /// <summary>The store under test.</summary>
    protected ICmsStore Store => Database.Store;

    /// <summary>Makes content versions with a ticking clock.</summary>
    protected ContentBuilder Build { get; } = new();

    /// <summary>Makes a new database of the engine under test with no content: migrated, or with no schema at all.</summary>
    protected abstract Task<TestDatabase> CreateDatabaseAsync(bool migrated);

    /// <inheritdoc />
    public async Task InitializeAsync() => _database = await CreateDatabaseAsync(migrated: true);

    /// <inheritdoc />
    public virtual async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>Runs <paramref name="write"/> in a write session and commits.</summary>
    protected async Task WriteAsync(Func<IStoreSession, Task> write)
    {
        await using var session = await Store.BeginWriteAsync();
        await write(session);
        await session.CommitAsync();
    }

    /// <summary>Runs <paramref name="read"/> in a read session.</summary>
    protected async Task<T> ReadAsync<T>(Func<IStoreSession, Task<T>> read)
    {
        await using var session = await Store.OpenReadAsync();
        return await read(session);
    }

    /// <summary>Creates items (with <see cref="ContentBuilder.IndexFor"/> rows) in one committed session; returns them.</summary>
    protected async Task<ContentItem[]> CreateAsync(params ContentItem[] firstVersions)
    {
        await WriteAsync(async s =>
        {
            foreach (var item in firstVersions)
            {
                await s.Content.CreateAsync(item, ContentBuilder.IndexFor(item));
            }
        });
        return firstVersions;
    }

    /// <summary>Creates one item; returns it.</summary>
    protected async Task<ContentItem> CreateAsync(ContentItem firstVersion) => (await CreateAsync([firstVersion]))[0];

    /// <summary>Adds a version in its own committed session; returns it.</summary>
    protected async Task<ContentItem> AddVersionAsync(ContentItem version)
    {
        await WriteAsync(s => s.Content.AddVersionAsync(version, ContentBuilder.IndexFor(version)));
        return version;
    }

    /// <summary>Publishes a version at the next tick; returns it as stored (published, with its publish time).</summary>
    protected async Task<ContentItem> PublishAsync(ContentItem version)
    {
        var at = Build.Tick();
        await WriteAsync(s => s.Content.PublishAsync(version.ContentItemId, version.ContentItemVersionId, at));
        return version with { Published = true, PublishedUtc = at };
    }

    /// <summary>Reads one version of an item.</summary>
    protected Task<ContentItem?> GetAsync(ContentItem item, VersionSelector selector) =>
        ReadAsync(s => s.Content.GetAsync(item.ContentItemId, selector));

    /// <summary>Runs a list query.</summary>
    protected Task<ContentPage> QueryAsync(ContentQuery query) => ReadAsync(s => s.Content.QueryAsync(query));

    /// <summary>Asserts that <paramref name="actual"/> is <paramref name="expected"/> in every property, fields included.</summary>
    protected static void AssertSameVersion(ContentItem expected, ContentItem? actual)
    {
        Assert.NotNull(actual);
        // ContentFields compares by reference, so the records are compared without them and the fields by their JSON.
        Assert.Equal(expected with { Fields = ContentFields.Empty }, actual with { Fields = ContentFields.Empty });
        Assert.Equal(expected.Fields.ToCanonicalJson(), actual.Fields.ToCanonicalJson());
    }

    /// <summary>The version ids of <paramref name="items"/>, in order.</summary>
    protected static string[] VersionIds(IEnumerable<ContentItem> items) => items.Select(i => i.ContentItemVersionId).ToArray();
}
