using TraumaBondCms.Core.Audit;

namespace TraumaBondCms.Core.Tests.Audit;

/// <summary>Text the audit log echoes: escaped so it shows what it is, and bounded.</summary>
public sealed class AuditTextTests
{
    [Theory]
    [InlineData("\u001b[31mred\u001b[0m", "\\u001B[31mred\\u001B[0m")]
    [InlineData("\u202Etxt.exe", "\\u202Etxt.exe")]
    [InlineData("nul\0and bell\a", "nul\\u0000and bell\\u0007")]
    [InlineData("first line\nsecond\tcolumn", "first line\nsecond\tcolumn")]
    [InlineData("carriage\rreturn", "carriage\\u000Dreturn")]
    [InlineData("plain text, ünïcode, 日本語", "plain text, ünïcode, 日本語")]
    public void Should_escape_control_and_bidi_characters_and_keep_line_breaks_and_tabs(string text, string expected)
    {
        var bounded = AuditText.Bounded(text, 100);

        Assert.Equal(expected, bounded);
    }

    [Fact]
    public void Should_cut_long_text_and_say_how_much_was_left_out()
    {
        var bounded = AuditText.Bounded(new string('r', 300_000), AuditText.MaxReasonLength)!;

        Assert.Equal(AuditText.MaxReasonLength, bounded.Length);
        Assert.EndsWith("… (298000 more characters)", bounded, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_change_nothing_when_applied_twice()
    {
        var once = AuditText.Bounded("\u001b[1m" + new string('x', 5_000), 300);

        var twice = AuditText.Bounded(once, 300);

        Assert.Equal(once, twice);
    }

    [Fact]
    public void Should_bound_actor_and_reason_when_an_entry_is_made()
    {
        var entry = new AuditEntry { OccurredUtc = DateTimeOffset.UnixEpoch, Action = AuditActions.SignInFailed, Actor = "\u001b[31m" + new string('a', 500), Reason = new string('b', 10_000) };

        Assert.StartsWith("\\u001B[31maaa", entry.Actor, StringComparison.Ordinal);
        Assert.True(entry.Actor!.Length <= AuditText.MaxActorLength);
        Assert.Equal(AuditText.MaxReasonLength, entry.Reason!.Length);
    }
}
