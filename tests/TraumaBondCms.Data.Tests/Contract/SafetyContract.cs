using System.Data.Common;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Safety;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Data.Tests.Contract;

/// <summary>
/// The safety records: resource verifications and stored check runs, read back whole, newest first, filtered by item or
/// version, and refused by the database when changed; and the session's writability, which the checks rely on.
/// </summary>
public abstract class SafetyContract : StoreContract
{
    [Fact]
    public async Task Should_keep_every_field_when_a_verification_is_read_back()
    {
        var resource = await CreateAsync(Build.Item("Resource"));
        var verification = Verification(resource, Build.Tick(), VerificationKind.Recipe, note: "Seeded; “verify” again.");

        await WriteAsync(s => s.Safety.AddVerificationAsync(verification));

        Assert.Equal(verification, Assert.Single(await ReadAsync(s => s.Safety.GetVerificationsAsync([resource.ContentItemId]))));
    }

    [Fact]
    public async Task Should_keep_how_and_when_a_person_checked_when_a_verification_is_read_back()
    {
        var resource = await CreateAsync(Build.Item("Resource"));
        var checkedAt = Build.Tick();
        var verification = Verification(resource, Build.Tick(), note: "Called; the advocate answered.") with { Method = VerificationMethod.CalledTheLine, CheckedUtc = checkedAt };

        await WriteAsync(s => s.Safety.AddVerificationAsync(verification));

        Assert.Equal(verification, Assert.Single(await ReadAsync(s => s.Safety.GetVerificationsAsync([resource.ContentItemId]))));
    }

    [Fact]
    public async Task Should_return_the_verifications_of_the_given_items_newest_first_when_several_exist()
    {
        var (first, second, other) = (await CreateAsync(Build.Item("Resource")), await CreateAsync(Build.Item("Resource")), await CreateAsync(Build.Item("Resource")));
        var old = Verification(first, Build.Tick());
        var newer = Verification(second, Build.Tick());
        var newest = Verification(first, Build.Tick());
        await WriteAsync(async s =>
        {
            foreach (var v in new[] { newer, old, Verification(other, Build.Tick()), newest })
            {
                await s.Safety.AddVerificationAsync(v);
            }
        });

        var read = await ReadAsync(s => s.Safety.GetVerificationsAsync([first.ContentItemId, second.ContentItemId, first.ContentItemId]));

        Assert.Equal([newest.VerificationId, newer.VerificationId, old.VerificationId], read.Select(v => v.VerificationId));
        Assert.Empty(await ReadAsync(s => s.Safety.GetVerificationsAsync([])));
    }

    [Fact]
    public async Task Should_keep_the_whole_report_when_a_check_run_is_read_back()
    {
        var item = await CreateAsync(Build.Item());
        var run = Run(item, "submit", Build.Tick());

        await WriteAsync(s => s.Safety.AddCheckRunAsync(run));

        var read = Assert.Single(await ReadAsync(s => s.Safety.GetCheckRunsAsync(item.ContentItemId)));
        Assert.Equal(run with { Report = read.Report }, read);
        Assert.Equal(run.Report.Findings, read.Report.Findings);
        Assert.Equal(run.Report.Matches, read.Report.Matches);
        Assert.Equal(run.Report.Readability, read.Report.Readability);
        Assert.Equal(run.Report.RiskTopics, read.Report.RiskTopics);
    }

    [Fact]
    public async Task Should_return_the_runs_of_one_version_newest_first_when_a_version_is_named()
    {
        var v1 = await CreateAsync(Build.Item());
        var v2 = await AddVersionAsync(Build.NextVersion(v1));
        var runs = new[] { Run(v1, "submit", Build.Tick()), Run(v2, "submit", Build.Tick()), Run(v2, "approve", Build.Tick()) };
        await WriteAsync(async s =>
        {
            foreach (var run in runs)
            {
                await s.Safety.AddCheckRunAsync(run);
            }
        });

        var ofV2 = await ReadAsync(s => s.Safety.GetCheckRunsAsync(v1.ContentItemId, v2.ContentItemVersionId));
        var all = await ReadAsync(s => s.Safety.GetCheckRunsAsync(v1.ContentItemId));

        Assert.Equal(["approve", "submit"], ofV2.Select(r => r.Trigger));
        Assert.Equal([runs[2].RunId, runs[1].RunId, runs[0].RunId], all.Select(r => r.RunId));
    }

    [Theory]
    [InlineData("UPDATE resource_verifications SET verified_by = 'mallory'")]
    [InlineData("DELETE FROM resource_verifications")]
    [InlineData("UPDATE safety_check_runs SET trigger_name = 'approve'")]
    [InlineData("DELETE FROM safety_check_runs")]
    public async Task Should_refuse_the_change_when_a_safety_record_is_changed_directly(string sql)
    {
        var item = await CreateAsync(Build.Item("Resource"));
        await WriteAsync(async s =>
        {
            await s.Safety.AddVerificationAsync(Verification(item, Build.Tick()));
            await s.Safety.AddCheckRunAsync(Run(item, "submit", Build.Tick()));
        });

        var change = () => Database.ExecuteRawAsync(sql);

        var error = await Assert.ThrowsAnyAsync<DbException>(change);
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Single(await ReadAsync(s => s.Safety.GetVerificationsAsync([item.ContentItemId])));
        Assert.Equal("submit", Assert.Single(await ReadAsync(s => s.Safety.GetCheckRunsAsync(item.ContentItemId))).Trigger);
    }

    [Fact]
    public async Task Should_say_whether_it_can_write_when_a_session_is_opened()
    {
        await using var read = await Store.OpenReadAsync();
        var readWritable = read.IsWritable;
        await read.DisposeAsync();
        await using var write = await Store.BeginWriteAsync();

        Assert.False(readWritable);
        Assert.True(write.IsWritable);
    }

    private static ResourceVerification Verification(ContentItem item, DateTimeOffset at, VerificationKind kind = VerificationKind.Person, string? note = null) => new()
    {
        VerificationId = ContentIds.New(),
        ContentItemId = item.ContentItemId,
        ContentItemVersionId = item.ContentItemVersionId,
        ContentHash = item.ContentHash,
        ChannelsHash = "sha256:" + new string('a', 64),
        Channels = """{"phone":"1-800-799-7233"}""",
        VerifiedBy = kind == VerificationKind.Recipe ? "recipe" : "dr.okafor",
        VerifiedByDisplayName = kind == VerificationKind.Recipe ? "Setup recipe" : "Dr Okafor",
        VerifiedUtc = at,
        Kind = kind,
        Note = note,
    };

    private static SafetyCheckRun Run(ContentItem item, string trigger, DateTimeOffset at) => new()
    {
        RunId = ContentIds.New(),
        ContentItemId = item.ContentItemId,
        ContentItemVersionId = item.ContentItemVersionId,
        ContentHash = item.ContentHash,
        Trigger = trigger,
        RanUtc = at,
        Report = new SafetyReport(
            [
                new CheckFinding(SafetyRuleNames.HelplineNearMiss, CheckSeverity.Error, "The number 1-800-799-7223 is one edit away from 1-800-799-7233.", "body"),
                new CheckFinding(SafetyRuleNames.Promotional, CheckSeverity.Warning, "Promotional text: “Follow us”."),
            ],
            new ReadabilityScore(120, 9, 170, 61.2, 8.4),
            [new ChannelMatchSummary("body", "1-800-799-7223", ChannelKind.Phone, MatchOutcome.NearMiss, "resource-us-ndvh", "National Domestic Violence Hotline", "1-800-799-7233", VerificationStatus.Current, "toll-free number")],
            ["abuse"]),
    };
}
