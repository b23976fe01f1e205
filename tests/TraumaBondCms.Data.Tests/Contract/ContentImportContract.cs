using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Contract;

/// <summary>Bulk writes: items imported with all their versions, and approvals recorded in bulk, store what one by one would.</summary>
public abstract class ContentImportContract : StoreContract
{
    [Fact]
    public async Task Should_store_what_writing_one_by_one_stores_when_importing_items()
    {
        var live = Build.Item(slug: "live");
        var liveAt = Build.Tick();
        var draft = Build.NextVersion(live, title: "Live, edited");
        var fresh = Build.Item(type: "Faq", slug: "fresh");

        await WriteAsync(s => s.Content.ImportAsync(
        [
            new ContentImport(live with { Latest = false, Published = true, PublishedUtc = liveAt }, ContentBuilder.IndexFor(live)),
            new ContentImport(draft, ContentBuilder.IndexFor(draft)),
            new ContentImport(fresh, ContentBuilder.IndexFor(fresh)),
        ]));

        AssertSameVersion(live with { Latest = false, Published = true, PublishedUtc = liveAt }, await GetAsync(live, VersionSelector.Published));
        AssertSameVersion(draft, await GetAsync(live, VersionSelector.Latest));
        AssertSameVersion(fresh, await GetAsync(fresh, VersionSelector.Latest));
        Assert.Equal(live.ContentItemId, (await ReadAsync(s => s.Content.FindBySlugsAsync("Article", ["live"])))["live"]);
        Assert.Equal(
            [live.ContentItemId],
            (await QueryAsync(new ContentQuery { ContentTypes = ["Article"], Where = new FieldFilter(ContentField.Indexed("title", ContentValueKind.Text), FilterOperator.Equal, [live.DisplayText]) })).Items.Select(i => i.ContentItemId));
        // Rows for the published version, the latest one and the new item: three versions, three rows each.
        Assert.Equal(9, await Database.ScalarRawAsync("SELECT COUNT(*) FROM content_field_index"));
    }

    [Fact]
    public async Task Should_write_nothing_when_an_imported_slug_is_taken()
    {
        await CreateAsync(Build.Item(slug: "taken"));
        var other = Build.Item(slug: "free");
        var clash = Build.Item(slug: "taken");

        await using (var session = await Store.BeginWriteAsync())
        {
            var error = await Assert.ThrowsAsync<DuplicateSlugException>(() => session.Content.ImportAsync([new ContentImport(other, []), new ContentImport(clash, [])]));
            Assert.Equal("taken", error.Slug);
        }

        Assert.Null(await GetAsync(other, VersionSelector.Latest));
    }

    [Fact]
    public async Task Should_refuse_versions_that_break_the_rules_when_importing()
    {
        var item = Build.Item();
        var second = Build.NextVersion(item);
        await using var session = await Store.BeginWriteAsync();

        var twoLatest = () => session.Content.ImportAsync([new ContentImport(item, []), new ContentImport(second, [])]);
        var noPublicationTime = () => session.Content.ImportAsync([new ContentImport(item with { Published = true }, [])]);

        await Assert.ThrowsAsync<ArgumentException>(twoLatest);
        await Assert.ThrowsAsync<ArgumentException>(noPublicationTime);
    }

    [Fact]
    public async Task Should_record_what_signing_one_by_one_records_when_adding_approvals_in_bulk()
    {
        var items = new[] { await PublishAsync(await CreateAsync(Build.Item())), await PublishAsync(await CreateAsync(Build.Item())) };
        var signed = Build.Tick();

        await WriteAsync(s => s.Workflow.AddApprovalsAsync([.. items.Select(i => new Approval
        {
            ApprovalId = ContentIds.New(), ContentItemId = i.ContentItemId, ContentItemVersionId = i.ContentItemVersionId, ContentHash = i.ContentHash,
            Reviewer = "dr.lee", ReviewerDisplayName = "Dr Lee", Credential = "PsyD", SignedUtc = signed, Kind = ApprovalKind.Approval,
        })]));

        var states = await ReadAsync(s => s.Workflow.GetReviewStatesAsync(["Article"], [.. items.Select(i => i.ContentItemId)]));
        var due = await ReadAsync(s => s.Workflow.ListReviewsDueAsync(new Dictionary<string, int> { ["Article"] = 12 }, signed.AddMonths(1), 10));
        Assert.All(states, s => Assert.Equal(signed, s.LastReviewedUtc));
        Assert.Equal(2, states.Count);
        Assert.Empty(due);
    }
}
