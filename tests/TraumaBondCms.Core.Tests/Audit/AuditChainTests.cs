using TraumaBondCms.Core.Audit;

namespace TraumaBondCms.Core.Tests.Audit;

/// <summary>The audit chain's hash: it covers every field of an entry and the hash before it, so no entry can change, move or go unnoticed.</summary>
public sealed class AuditChainTests
{
    private static readonly AuditEntry Entry = new()
    {
        OccurredUtc = new DateTimeOffset(2026, 12, 7, 10, 30, 15, TimeSpan.Zero).AddTicks(1_234_567),
        Actor = "dr.rivera",
        Action = AuditActions.ApprovalSigned,
        ContentItemId = "item-1",
        ContentItemVersionId = "version-1",
        ContentHash = "sha256:ab",
        FromStatus = "InReview",
        ToStatus = "Approved",
        Reason = "Accurate.",
        Details = "{\"ApprovalId\":\"a-1\"}",
    };

    public static TheoryData<string, AuditEntry> Changed => new()
    {
        { "time", Entry with { OccurredUtc = Entry.OccurredUtc.AddDays(-30) } },
        { "actor", Entry with { Actor = "mallory" } },
        { "action", Entry with { Action = AuditActions.ApprovalVoided } },
        { "item", Entry with { ContentItemId = "item-2" } },
        { "version", Entry with { ContentItemVersionId = "version-2" } },
        { "hash", Entry with { ContentHash = "sha256:cd" } },
        { "from", Entry with { FromStatus = "Draft" } },
        { "to", Entry with { ToStatus = "Published" } },
        { "reason", Entry with { Reason = "Looks fine." } },
        { "details", Entry with { Details = "{\"ApprovalId\":\"a-2\"}" } },
    };

    [Theory]
    [MemberData(nameof(Changed))]
    public void Should_change_the_hash_when_any_field_of_the_entry_changes(string field, AuditEntry changed)
    {
        var original = AuditChain.Next(AuditChain.Genesis, Entry);

        var hash = AuditChain.Next(AuditChain.Genesis, changed);

        Assert.True(original != hash, $"Changing the {field} kept the hash.");
    }

    [Fact]
    public void Should_change_the_hash_when_the_entry_before_is_another()
    {
        var first = AuditChain.Next(AuditChain.Genesis, Entry);

        var afterAnother = AuditChain.Next(AuditChain.Next(AuditChain.Genesis, Entry with { Action = "other" }), Entry);

        Assert.NotEqual(AuditChain.Next(first, Entry), afterAnother);
    }

    [Fact]
    public void Should_hash_the_time_to_the_millisecond_as_both_engines_store_it_when_it_has_more_digits()
    {
        var hash = AuditChain.Next(AuditChain.Genesis, Entry);

        var truncated = AuditChain.Next(AuditChain.Genesis, Entry with { OccurredUtc = AuditChain.Truncate(Entry.OccurredUtc) });

        Assert.Equal(hash, truncated);
        Assert.Matches("^sha256:[0-9a-f]{64}$", hash);
    }
}
