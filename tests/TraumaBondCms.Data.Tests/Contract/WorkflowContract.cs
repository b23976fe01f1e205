using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Contract;

/// <summary>Workflow state beside the versions: statuses, approvals and their voiding, follow-up flags, review states.</summary>
public abstract class WorkflowContract : StoreContract
{
    [Fact]
    public async Task Should_read_the_status_when_a_version_status_is_set()
    {
        var item = await CreateAsync(Build.Item());

        await WriteAsync(s => s.Workflow.SetStatusAsync(item.ContentItemVersionId, "InReview"));

        Assert.Equal("InReview", (await GetAsync(item, VersionSelector.Latest))!.Status);
    }

    [Fact]
    public async Task Should_return_every_approval_newest_first_when_approvals_are_recorded()
    {
        var item = await CreateAsync(Build.Item());
        var older = Approve(item, ApprovalKind.Approval, Build.Tick()) with { Comment = "Accurate and kind.", Credential = "LCSW 123, expires 2030-01-01" };
        var newer = Approve(item, ApprovalKind.Renewal, Build.Tick());

        await WriteAsync(async s =>
        {
            await s.Workflow.AddApprovalAsync(older);
            await s.Workflow.AddApprovalAsync(newer);
        });

        Assert.Equal([newer, older], await ReadAsync(s => s.Workflow.GetApprovalsAsync(item.ContentItemId)));
    }

    [Fact]
    public async Task Should_void_every_valid_approval_and_keep_earlier_voids_when_no_hash_is_kept()
    {
        var item = await CreateAsync(Build.Item());
        var earlierVoid = Approve(item, ApprovalKind.Approval, Build.Tick()) with { VoidedUtc = Build.Tick(), VoidedReason = "edited" };
        var valid = Approve(item, ApprovalKind.Approval, Build.Tick());
        var recipe = Approve(item, ApprovalKind.Recipe, Build.Tick());
        await WriteAsync(async s =>
        {
            foreach (var approval in new[] { earlierVoid, valid, recipe })
            {
                await s.Workflow.AddApprovalAsync(approval);
            }
        });
        var at = Build.Tick();

        IReadOnlyList<Approval> voided = [];
        await WriteAsync(async s => voided = await s.Workflow.VoidApprovalsAsync(item.ContentItemId, "content changed", at));

        var expected = new[] { recipe, valid }.Select(a => a with { VoidedUtc = at, VoidedReason = "content changed" }).ToArray();
        Assert.Equal(expected.OrderBy(a => a.ApprovalId), voided.OrderBy(a => a.ApprovalId));
        Assert.Equal([.. expected, earlierVoid], await ReadAsync(s => s.Workflow.GetApprovalsAsync(item.ContentItemId)));
    }

    [Fact]
    public async Task Should_keep_approvals_of_the_kept_hash_when_voiding_the_others()
    {
        var first = await CreateAsync(Build.Item(title: "First"));
        var second = await AddVersionAsync(Build.NextVersion(first, title: "Second"));
        var ofFirst = Approve(first, ApprovalKind.Approval, Build.Tick());
        var ofSecond = Approve(second, ApprovalKind.Approval, Build.Tick());
        await WriteAsync(async s =>
        {
            await s.Workflow.AddApprovalAsync(ofFirst);
            await s.Workflow.AddApprovalAsync(ofSecond);
        });
        var at = Build.Tick();

        IReadOnlyList<Approval> voided = [];
        await WriteAsync(async s => voided = await s.Workflow.VoidApprovalsAsync(first.ContentItemId, "superseded", at, keepHash: second.ContentHash));

        Assert.Equal([ofFirst with { VoidedUtc = at, VoidedReason = "superseded" }], voided);
        var stored = await ReadAsync(s => s.Workflow.GetApprovalsAsync(first.ContentItemId));
        Assert.True(stored.Single(a => a.ApprovalId == ofSecond.ApprovalId).IsValid);
        Assert.False(stored.Single(a => a.ApprovalId == ofFirst.ApprovalId).IsValid);
    }

    [Fact]
    public async Task Should_list_flagged_items_oldest_first_and_forget_cleared_or_deleted_ones_when_follow_ups_change()
    {
        var (a, b, cleared, deleted) = (await CreateAsync(Build.Item()), await CreateAsync(Build.Item()), await CreateAsync(Build.Item()), await CreateAsync(Build.Item()));
        var (first, second) = (Build.Tick(), Build.Tick());
        await WriteAsync(async s =>
        {
            await s.Workflow.SetFollowUpAsync(b.ContentItemId, "reported harmful advice", second);
            await s.Workflow.SetFollowUpAsync(a.ContentItemId, "outdated hotline", first);
            await s.Workflow.SetFollowUpAsync(cleared.ContentItemId, "mistake", first);
            await s.Workflow.SetFollowUpAsync(deleted.ContentItemId, "gone", first);
        });

        await WriteAsync(async s =>
        {
            await s.Workflow.SetFollowUpAsync(cleared.ContentItemId, null, null);
            await s.Content.DeleteAsync(deleted.ContentItemId, "admin", Build.Tick());
        });

        Assert.Equal(
            [(a.ContentItemId, "outdated hotline", first), (b.ContentItemId, "reported harmful advice", second)],
            await ReadAsync(s => s.Workflow.ListFollowUpsAsync(100)));
        Assert.Equal<(string, DateTimeOffset)?>(("reported harmful advice", second), await ReadAsync(s => s.Workflow.GetFollowUpAsync(b.ContentItemId)));
        Assert.Null(await ReadAsync(s => s.Workflow.GetFollowUpAsync(cleared.ContentItemId)));
    }

    [Fact]
    public async Task Should_list_only_items_whose_published_text_a_recipe_published_as_a_sample_when_listing_published_samples()
    {
        var (sample, signedToo, offline, changed, voided) = (await CreateAsync(Build.Item()), await CreateAsync(Build.Item()), await CreateAsync(Build.Item()), await CreateAsync(Build.Item()), await CreateAsync(Build.Item()));
        foreach (var item in new[] { sample, signedToo, offline, changed, voided })
        {
            await PublishAsync(item);
        }

        await WriteAsync(async s =>
        {
            foreach (var item in new[] { sample, signedToo, offline, changed })
            {
                await s.Workflow.AddApprovalAsync(Approve(item, ApprovalKind.Recipe, Build.Tick()));
            }

            await s.Workflow.AddApprovalAsync(Approve(signedToo, ApprovalKind.Approval, Build.Tick()));
            await s.Workflow.AddApprovalAsync(Approve(voided, ApprovalKind.Recipe, Build.Tick()) with { VoidedUtc = Build.Tick(), VoidedReason = "withdrawn" });
            await s.Content.UnpublishAsync(offline.ContentItemId);
        });
        await PublishAsync(await AddVersionAsync(Build.NextVersion(changed, title: "Reviewed text")));

        var listed = await ReadAsync(s => s.Workflow.ListPublishedSamplesAsync(10));
        var first = await ReadAsync(s => s.Workflow.ListPublishedSamplesAsync(1));

        Assert.Equal(new[] { sample.ContentItemId, signedToo.ContentItemId }.Order(StringComparer.Ordinal), listed);
        Assert.Equal([listed[0]], first);
    }

    [Fact]
    public async Task Should_pick_the_newest_valid_clinical_approval_of_the_published_hash_when_reading_review_states()
    {
        var published = await CreateAsync(Build.Item(title: "Published text"));
        await PublishAsync(published);
        var draft = await AddVersionAsync(Build.NextVersion(published, title: "Draft text"));
        var original = Approve(published, ApprovalKind.Approval, Build.Tick());
        var renewal = Approve(published, ApprovalKind.Renewal, Build.Tick()) with { Reviewer = "dr.renew", ReviewerDisplayName = "Dr Renew", Credential = "PhD" };
        var recipe = Approve(published, ApprovalKind.Recipe, Build.Tick());
        var voided = Approve(published, ApprovalKind.Approval, Build.Tick()) with { VoidedUtc = Build.Tick(), VoidedReason = "withdrawn" };
        var ofDraft = Approve(draft, ApprovalKind.Approval, Build.Tick());
        await WriteAsync(async s =>
        {
            foreach (var approval in new[] { original, renewal, recipe, voided, ofDraft })
            {
                await s.Workflow.AddApprovalAsync(approval);
            }
        });

        var states = await ReadAsync(s => s.Workflow.GetReviewStatesAsync(["Article"], [published.ContentItemId]));

        var state = Assert.Single(states);
        Assert.Equal(
            new ReviewState(published.ContentItemId, "Article", "Published text", published.ContentHash, renewal.SignedUtc, "dr.renew", "Dr Renew", "PhD") { ApprovalId = renewal.ApprovalId },
            state);
    }

    [Fact]
    public async Task Should_report_no_review_when_the_published_hash_has_only_a_recipe_approval()
    {
        var item = await CreateAsync(Build.Item());
        await PublishAsync(item);

        await WriteAsync(s => s.Workflow.AddApprovalAsync(Approve(item, ApprovalKind.Recipe, Build.Tick())));

        var state = Assert.Single(await ReadAsync(s => s.Workflow.GetReviewStatesAsync(["Article"], [item.ContentItemId])));
        Assert.Equal(item.ContentItemId, state.ContentItemId);
        Assert.Null(state.LastReviewedUtc);
        Assert.Null(state.Reviewer);
        Assert.True(state.Sample);
    }

    [Fact]
    public async Task Should_keep_the_signature_and_who_confirmed_the_credential_when_an_approval_is_read_back()
    {
        var item = await CreateAsync(Build.Item());
        var approval = Approve(item, ApprovalKind.PostIncidentReview, Build.Tick()) with
        {
            Comment = "Number corrected after the report.",
            Meaning = "I reviewed this exact content.",
            CredentialConfirmedBy = "admin.two",
            CredentialConfirmedUtc = Build.Tick(),
            CredentialIndependentlyConfirmed = true,
            SigningKeyId = "tbk-20250301-abcdef",
            Signature = "c2lnbmF0dXJl",
        };

        await WriteAsync(s => s.Workflow.AddApprovalAsync(approval));

        Assert.Equal(approval, Assert.Single(await ReadAsync(s => s.Workflow.GetApprovalsAsync(item.ContentItemId))));
    }

    [Fact]
    public async Task Should_report_who_confirmed_the_signing_reviewers_credential_when_reading_review_states()
    {
        var item = await CreateAsync(Build.Item());
        await PublishAsync(item);

        await WriteAsync(async s =>
        {
            await s.Workflow.AddApprovalAsync(Approve(item, ApprovalKind.Recipe, Build.Tick()));
            await s.Workflow.AddApprovalAsync(Approve(item, ApprovalKind.PostIncidentReview, Build.Tick()) with { CredentialConfirmedBy = "admin.two", CredentialIndependentlyConfirmed = true });
        });

        var state = Assert.Single(await ReadAsync(s => s.Workflow.GetReviewStatesAsync(["Article"], [item.ContentItemId])));
        Assert.Equal(("dr.lee", "admin.two", true, false), (state.Reviewer, state.CredentialConfirmedBy, state.CredentialIndependentlyConfirmed, state.Sample));
    }

    [Fact]
    public async Task Should_list_only_live_published_items_of_the_asked_types_and_ids_when_reading_review_states()
    {
        var (a, b, faq, unpublished, deleted) = (await CreateAsync(Build.Item()), await CreateAsync(Build.Item()), await CreateAsync(Build.Item(type: "Faq")), await CreateAsync(Build.Item()), await CreateAsync(Build.Item()));
        foreach (var item in new[] { a, b, faq, deleted })
        {
            await PublishAsync(item);
        }

        await WriteAsync(s => s.Content.DeleteAsync(deleted.ContentItemId, "admin", Build.Tick()));

        var all = await ReadAsync(s => s.Workflow.GetReviewStatesAsync(["Article"], [a.ContentItemId, b.ContentItemId, faq.ContentItemId, unpublished.ContentItemId, deleted.ContentItemId]));
        var onlyB = await ReadAsync(s => s.Workflow.GetReviewStatesAsync(["Article", "Faq"], [b.ContentItemId, unpublished.ContentItemId]));
        var noIds = await ReadAsync(s => s.Workflow.GetReviewStatesAsync(["Article"], []));
        var noTypes = await ReadAsync(s => s.Workflow.GetReviewStatesAsync([], [a.ContentItemId]));
        Assert.Equal(new[] { a.ContentItemId, b.ContentItemId }.Order(StringComparer.Ordinal), all.Select(s => s.ContentItemId));
        Assert.Equal([b.ContentItemId], onlyB.Select(s => s.ContentItemId));
        Assert.Empty(noIds);
        Assert.Empty(noTypes);
    }

    [Fact]
    public async Task Should_list_the_never_reviewed_first_then_the_soonest_due_when_listing_reviews_due()
    {
        var items = new Dictionary<string, ContentItem>();
        foreach (var name in new[] { "never", "old", "older", "recent", "recipeOnly", "deleted", "faqOld" })
        {
            items[name] = await PublishAsync(await CreateAsync(Build.Item(type: name == "faqOld" ? "Faq" : "Article")));
        }

        await CreateAsync(Build.Item(title: "Never published"));
        var now = ContentBuilder.Start.AddYears(3);
        await WriteAsync(async s =>
        {
            await s.Workflow.AddApprovalAsync(Approve(items["old"], ApprovalKind.Approval, now.AddMonths(-13)));
            await s.Workflow.AddApprovalAsync(Approve(items["older"], ApprovalKind.Renewal, now.AddMonths(-20)));
            await s.Workflow.AddApprovalAsync(Approve(items["recent"], ApprovalKind.Approval, now.AddMonths(-2)));
            await s.Workflow.AddApprovalAsync(Approve(items["recipeOnly"], ApprovalKind.Recipe, now.AddMonths(-1)));
            await s.Workflow.AddApprovalAsync(Approve(items["faqOld"], ApprovalKind.Approval, now.AddMonths(-8)));
            await s.Content.DeleteAsync(items["deleted"].ContentItemId, "admin", now);
        });

        var due = await ReadAsync(s => s.Workflow.ListReviewsDueAsync(new Dictionary<string, int> { ["Article"] = 12, ["Faq"] = 6 }, now, 10));
        var firstThree = await ReadAsync(s => s.Workflow.ListReviewsDueAsync(new Dictionary<string, int> { ["Article"] = 12, ["Faq"] = 6 }, now, 3));

        var never = new[] { items["never"].ContentItemId, items["recipeOnly"].ContentItemId }.Order(StringComparer.Ordinal);
        // Due dates: older (20 months ago + 12) < faqOld (8 months ago + 6) < old (13 months ago + 12).
        string[] expected = [.. never, items["older"].ContentItemId, items["faqOld"].ContentItemId, items["old"].ContentItemId];
        Assert.Equal(expected, due.Select(d => d.ContentItemId));
        Assert.Equal(expected[..3], firstThree.Select(d => d.ContentItemId));
        Assert.Equal(now.AddMonths(-20), due.Single(d => d.ContentItemId == items["older"].ContentItemId).LastReviewedUtc);
    }

    [Fact]
    public async Task Should_follow_signatures_and_voids_when_listing_reviews_due()
    {
        var item = await PublishAsync(await CreateAsync(Build.Item()));
        var now = ContentBuilder.Start.AddYears(1);
        var intervals = new Dictionary<string, int> { ["Article"] = 12 };
        var before = await ReadAsync(s => s.Workflow.ListReviewsDueAsync(intervals, now, 10));

        await WriteAsync(s => s.Workflow.AddApprovalAsync(Approve(item, ApprovalKind.Approval, now.AddDays(-1))));
        var signed = await ReadAsync(s => s.Workflow.ListReviewsDueAsync(intervals, now, 10));
        await WriteAsync(s => s.Workflow.VoidApprovalsAsync(item.ContentItemId, "withdrawn", now));
        var voided = await ReadAsync(s => s.Workflow.ListReviewsDueAsync(intervals, now, 10));

        Assert.Equal([item.ContentItemId], before.Select(d => d.ContentItemId));
        Assert.Empty(signed);
        Assert.Equal([item.ContentItemId], voided.Select(d => d.ContentItemId));
    }

    private static Approval Approve(ContentItem version, ApprovalKind kind, DateTimeOffset at) => new()
    {
        ApprovalId = ContentIds.New(),
        ContentItemId = version.ContentItemId,
        ContentItemVersionId = version.ContentItemVersionId,
        ContentHash = version.ContentHash,
        Reviewer = kind == ApprovalKind.Recipe ? "recipe" : "dr.lee",
        ReviewerDisplayName = kind == ApprovalKind.Recipe ? "Recipe" : "Dr Lee",
        Credential = kind == ApprovalKind.Recipe ? string.Empty : "PsyD 42, expires 2031-06-30",
        SignedUtc = at,
        Kind = kind,
    };
}
