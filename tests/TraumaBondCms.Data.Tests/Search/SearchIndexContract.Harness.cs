using System.Globalization;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Data.Tests.Search;

/// <summary>Writing searchable content through the repository, following the change log with a node's Lucene index, and searching it.</summary>
public abstract partial class SearchIndexContract
{
    /// <summary>A query that matches every document of <see cref="SeedCorpusAsync"/>.</summary>
    protected const string AllCorpus = "abuse OR contact OR gaslighting OR bond OR leaving";

    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "tbcms-tests", "index-" + Guid.NewGuid().ToString("N"));
    private SearchIndexNode? _node;

    /// <summary>The node's index folder.</summary>
    protected string IndexPath => _indexPath;

    /// <summary>This test's node (its index in a temporary folder), opened on first use; it commits only when told to.</summary>
    protected SearchIndexNode Node => _node ??= NewNode();

    /// <summary>A new node on <see cref="IndexPath"/> (close the previous one first).</summary>
    protected SearchIndexNode NewNode() => new(Store, _indexPath, new SearchIndexNodeOptions { CommitInterval = TimeSpan.FromHours(1) });

    /// <inheritdoc />
    public override async Task DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }

        if (Directory.Exists(_indexPath))
        {
            Directory.Delete(_indexPath, recursive: true);
        }

        File.Delete(_indexPath + ".lock");

        await base.DisposeAsync();
    }

    /// <summary>Closes the test's node (committing what it applied) so a new one can open the folder.</summary>
    protected async Task CloseNodeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
            _node = null;
        }
    }

    /// <summary>A search document; the body defaults to a neutral sentence.</summary>
    protected static SearchDocument Doc(string title, string tags = "", string summary = "", string body = "A note.", string[]? topics = null) =>
        new() { Title = title, Tags = tags, Summary = summary, Body = body, Topics = topics ?? [] };

    /// <summary>Creates an item whose first version has <paramref name="document"/>; returns the version.</summary>
    protected async Task<ContentItem> CreateSearchableAsync(SearchDocument document, string type = "Article")
    {
        var item = Build.Item(type, title: document.Title);
        await WriteAsync(s => s.Content.CreateAsync(item, [], document));
        return item;
    }

    /// <summary>Adds a version with <paramref name="document"/>; returns it.</summary>
    protected async Task<ContentItem> AddSearchableVersionAsync(ContentItem previous, SearchDocument document)
    {
        var version = Build.NextVersion(previous, title: document.Title);
        await WriteAsync(s => s.Content.AddVersionAsync(version, [], document));
        return version;
    }

    /// <summary>A request for <paramref name="query"/> as the parser reads it.</summary>
    protected static SearchRequest Request(string query, SearchScope scope = SearchScope.Public) =>
        new() { Query = SearchQueryParser.Parse(query), Scope = scope };

    /// <summary>Brings the node up to date with the log, then searches its index.</summary>
    protected async Task<SearchPage> SearchAsync(string query, SearchScope scope = SearchScope.Public, Func<SearchRequest, SearchRequest>? adjust = null)
    {
        await Node.CatchUpAsync();
        return Node.Engine!.Search((adjust ?? (r => r))(Request(query, scope)));
    }

    /// <summary>The stored titles of the page's hits, in order.</summary>
    protected async Task<string[]> TitlesAsync(SearchPage page)
    {
        var documents = await ReadAsync(s => s.Search.GetDocumentsAsync(page.Hits.Select(h => h.ContentItemVersionId).ToArray()));
        return [.. page.Hits.Select(h => documents[h.ContentItemVersionId].Title)];
    }

    /// <summary>The titles found by <paramref name="query"/>, in rank order.</summary>
    protected async Task<string[]> FindAsync(string query, SearchScope scope = SearchScope.Public) => await TitlesAsync(await SearchAsync(query, scope));

    /// <summary>Runs a write and returns its result.</summary>
    protected async Task<T> WriteAndReturnAsync<T>(Func<IStoreSession, Task<T>> write)
    {
        var result = default(T)!;
        await WriteAsync(async s => result = await write(s));
        return result;
    }

    /// <summary>Six published items, four Articles and two Faqs, with topics; by title.</summary>
    protected async Task<Dictionary<string, ContentItem>> SeedCorpusAsync()
    {
        (SearchDocument Doc, string Type)[] corpus =
        [
            (Doc("No contact after leaving", body: "Going no contact means ending every conversation.", topics: ["no-contact", "healing"]), "Article"),
            (Doc("Contact with an abusive partner", body: "When contact no longer feels safe, call a hotline.", topics: ["abuse"]), "Article"),
            (Doc("Gaslighting explained", body: "Gaslighting makes you doubt your memory.", topics: ["gaslighting", "abuse"]), "Article"),
            (Doc("The naïve hope of change", body: "Hope that they will change keeps people in the bond.", topics: ["trauma-bonding"]), "Article"),
            (Doc("Trauma bonding basics", body: "A trauma bond forms through cycles of harm and relief. Physical abuse is not required.", topics: ["trauma-bonding", "abuse"]), "Faq"),
            (Doc("Leaving safely", body: "Leaving can be the most dangerous time; make a safety plan.", topics: ["leaving-safely", "abuse"]), "Faq"),
        ];
        var items = new Dictionary<string, ContentItem>();
        foreach (var (document, type) in corpus)
        {
            items[document.Title] = await PublishAsync(await CreateSearchableAsync(document, type));
        }

        return items;
    }

    /// <summary>Items in every state: live, with a pending draft, draft only, unpublished, deleted; 4 public and 6 editorial documents.</summary>
    protected async Task WriteHistoryAsync()
    {
        await PublishAsync(await CreateSearchableAsync(Doc("Hotline numbers", body: "Call a hotline or a helpline; leave when safe.", topics: ["abuse"])));
        var edited = await PublishAsync(await CreateSearchableAsync(Doc("No contact basics", body: "No contact helps the bond fade.", topics: ["no-contact"])));
        await AddSearchableVersionAsync(edited, Doc("No contact, revised", body: "No contact, or low contact when co-parenting.", topics: ["no-contact"]));
        await CreateSearchableAsync(Doc("Bonding draft", body: "A trauma bond draft about abuse that is not physical."));
        var unpublished = await PublishAsync(await CreateSearchableAsync(Doc("Stay or leave", body: "Whether to stay or leave is yours to decide.")));
        await WriteAsync(s => s.Content.UnpublishAsync(unpublished.ContentItemId));
        var deleted = await PublishAsync(await CreateSearchableAsync(Doc("Deleted hotline page", body: "Hotline details.")));
        await WriteAsync(s => s.Content.DeleteAsync(deleted.ContentItemId, "admin", Build.Tick()));
        await PublishAsync(await CreateSearchableAsync(Doc("Bonds that hurt", body: "Physical abuse and emotional abuse both bond people.", topics: ["abuse", "trauma-bonding"])));
        await PublishAsync(await CreateSearchableAsync(Doc("Leaving plans", body: "Plan to leave; contact a hotline.", topics: ["leaving-safely"])));
    }

    /// <summary>What a reader sees of a page, in order: version ids, partial flags, total and facets (scores left out: a rebuilt index has other statistics).</summary>
    protected static string Describe(SearchPage page) =>
        string.Join("\n", page.Hits.Select(h => $"{h.ContentItemVersionId} {(h.Partial ? "partial" : "")}"))
        + $"\ntotal={page.Total} types={string.Join(",", Facets(page.ContentTypes))} topics={string.Join(",", Facets(page.Topics))} more={page.HasMore}";

    /// <summary>Everything of a page, scores to the last bit.</summary>
    protected static string DescribeWithScores(SearchPage page) =>
        Describe(page) + "\n" + string.Join(" ", page.Hits.Select(h => h.Score.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>Facets as "value:count".</summary>
    protected static string[] Facets(IReadOnlyList<SearchFacet>? facets) => facets?.Select(f => $"{f.Value}:{f.Count}").ToArray() ?? [];
}
