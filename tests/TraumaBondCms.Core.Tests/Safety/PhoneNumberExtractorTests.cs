using TraumaBondCms.Core.Safety;

namespace TraumaBondCms.Core.Tests.Safety;

public class PhoneNumberExtractorTests
{
    private static IReadOnlyList<PhoneCandidate> Extract(string text) => PhoneNumberExtractor.Extract("body", text);

    [Theory]
    [InlineData("Call the hotline on 1-800-799-7233 today.", "1-800-799-7233")]
    [InlineData("Call (800) 799-7233 now.", "(800) 799-7233")]
    [InlineData("Ring 0808 2000 247 any time.", "0808 2000 247")]
    [InlineData("From abroad dial +1 800 799 7233.", "+1 800 799 7233")]
    [InlineData("Phone 800.799.7233 for help.", "800.799.7233")]
    [InlineData("Text START to 88788.", "88788")]
    [InlineData("The Hotline — 1-800-799-7233 — is free.", "1-800-799-7233")]
    [InlineData("The Hotline (1-800-799-7233) is free.", "1-800-799-7233")]
    public void Should_find_the_number_as_written_when_text_gives_a_phone_number(string text, string number)
    {
        var found = Extract(text);

        Assert.Equal(number, Assert.Single(found).Text);
    }

    [Theory]
    [InlineData("It is open 24/7 for 20-minute calls.")]
    [InlineData("In 2019 and 1990-2000 studies looked at this.")]
    [InlineData("About 3.5 or 45% of $1,000 at 09:00.")]
    [InlineData("Part 2 of 3, on the 1st day.")]
    public void Should_find_no_number_when_digits_are_fractions_years_amounts_or_times(string text)
    {
        var found = Extract(text);

        Assert.Empty(found);
    }

    [Fact]
    public void Should_stop_at_the_number_when_more_digits_follow_after_a_space()
    {
        var found = Extract("Call 1-800-799-7233 24 hours a day, or call 988 24/7.");

        Assert.Equal(["1-800-799-7233", "988"], found.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Free on 1-800-799-7233.", "toll-free number")]
    [InlineData("UK freephone 0808 2000 247.", "toll-free number")]
    [InlineData("Text HOME to 741741 now.", "short code near 'text'")]
    [InlineData("Call or text 988 any time.", "short code near 'text'")]
    [InlineData("The helpline 020 7946 0018 answers calls.", "number near 'helpline'")]
    [InlineData("988 Suicide & Crisis Lifeline", "short code near 'crisis'")]
    public void Should_say_why_a_number_looks_like_a_helpline_when_it_is_toll_free_or_near_a_context_word(string text, string reason)
    {
        var found = Extract(text);

        Assert.Equal(reason, Assert.Single(found).HelplineReason);
    }

    [Theory]
    [InlineData("Around 7946 0018 people took part.")]
    [InlineData("Room 303 is upstairs.")]
    public void Should_not_treat_a_number_as_a_helpline_when_no_context_word_is_near(string text)
    {
        var found = Extract(text);

        Assert.False(Assert.Single(found).LooksLikeHelpline);
    }
}
