using System.Text.Json;
using TraumaBondCms.Core.Safety;
using TraumaBondCms.Core.Tests.Content;
using TraumaBondCms.Core.Workflow;
using static TraumaBondCms.Core.Tests.Safety.SafetyFixtures;

namespace TraumaBondCms.Core.Tests.Safety;

/// <summary>
/// The helpline checks compare against the contact details as last <b>verified</b>, never against what a draft or the
/// published text now says, and a resource's own changed number is checked too (break 3 of issue 13: a transposed
/// hotline number, published and "verified" by its author, became the reference other authors were told to copy).
/// </summary>
public class VerifiedValuesTests
{
    private const string Transposed = "1-800-799-7234";

    [Fact]
    public void Should_take_the_reference_channels_from_the_newest_verification_when_the_published_text_changed_since()
    {
        var hotline = Hotline();
        var changed = hotline.Item with { Fields = hotline.Item.Fields.With("phone", JsonSerializer.SerializeToElement(Transposed)) };

        var snapshot = ResourceSnapshot.From(changed, RecipeContentTypes.Resource, Resources, [hotline.LastVerification!], Now);

        Assert.Equal(Transposed, snapshot.Channels.Single(c => c.Field == "phone").Value);
        Assert.Equal("1-800-799-7233", snapshot.ReferenceChannels.Single(c => c.Field == "phone").Value);
    }

    [Fact]
    public void Should_tell_authors_the_verified_number_when_the_published_hotline_carries_an_unverified_one()
    {
        var hotline = Hotline();
        var published = ResourceSnapshot.From(
            hotline.Item with { Fields = hotline.Item.Fields.With("phone", JsonSerializer.SerializeToElement(Transposed)) }, RecipeContentTypes.Resource, Resources, [hotline.LastVerification!], Now);
        var resources = new[] { published, Lifeline() };

        var copiesPublished = SafetyChecker.Run(Article(new { body = $"Call the hotline on {Transposed}." }, resources)).Findings;
        var copiesVerified = SafetyChecker.Run(Article(new { body = "Call the hotline on 1-800-799-7233." }, resources)).Findings;

        var finding = Assert.Single(copiesPublished, f => f.Rule == SafetyRuleNames.HelplineNumber);
        Assert.Contains("not verified", finding.Message);
        Assert.DoesNotContain(copiesPublished, f => f.Message.Contains($"Use {Transposed}", StringComparison.Ordinal));
        Assert.DoesNotContain(copiesVerified, f => f.Rule is SafetyRuleNames.HelplineNumber or SafetyRuleNames.HelplineNearMiss);
    }

    [Fact]
    public void Should_report_a_resources_own_phone_as_a_near_miss_when_it_is_one_edit_off_its_verified_value()
    {
        var context = Context(
            Item(RecipeContentTypes.Resource, new { name = "National Domestic Violence Hotline", phone = Transposed, sms = "88788", smsKeyword = "START", website = new { url = "https://www.thehotline.org" }, hours = new { alwaysOpen = true }, region = "US", isCrisisLine = true }, "resource-us-ndvh"),
            RecipeContentTypes.Resource,
            ResourceRules(),
            AllResources(),
            "US");

        var finding = Assert.Single(Findings(context, SafetyRuleNames.HelplineNearMiss));

        Assert.Equal(CheckSeverity.Error, finding.Severity);
        Assert.Equal("phone", finding.Field);
        Assert.Contains(Transposed, finding.Message);
        Assert.Contains($"use 1-800-799-7233 (the text has {Transposed})", finding.Message);
    }

    [Fact]
    public void Should_accept_a_new_resources_own_number_when_it_resembles_no_verified_one()
    {
        var context = ResourceDraft(new { name = "New Helpline", phone = "1-866-331-9474", description = "Call the helpline on 1-866-331-9474.", region = "US" });

        Assert.Empty(Findings(context, SafetyRuleNames.HelplineNearMiss));
        Assert.Empty(Findings(context, SafetyRuleNames.HelplineNumber));
    }

    [Theory]
    [InlineData("Call 1-800-799-SAFE any time.", "8007997233")]
    [InlineData("Call 1-800-SAFE-LNE any time.", "8007233563")]
    [InlineData("Call (800) 799-SAFE.", "8007997233")]
    public void Should_read_a_vanity_number_by_its_keypad_digits(string text, string digits)
    {
        var number = Assert.Single(PhoneNumberExtractor.Extract("body", text));

        Assert.Equal(digits, number.Key.NationalDigits);
        Assert.True(number.LooksLikeHelpline);
    }

    [Fact]
    public void Should_accept_the_hotlines_vanity_form_and_flag_a_vanity_typo_as_a_near_miss()
    {
        var right = Article(new { body = "Call the hotline on 1-800-799-SAFE." });
        var typo = Article(new { body = "Call the hotline on 1-800-799-SAVE." });

        Assert.DoesNotContain(SafetyChecker.Run(right).Findings, f => f.Rule is SafetyRuleNames.HelplineNumber or SafetyRuleNames.HelplineNearMiss);
        var finding = Assert.Single(Findings(typo, SafetyRuleNames.HelplineNearMiss));
        Assert.Contains("1-800-799-SAVE", finding.Message);
        Assert.Contains("1-800-799-7233", finding.Message);
    }

    [Fact]
    public void Should_not_read_ordinary_words_after_a_toll_free_prefix_as_a_vanity_number()
    {
        var found = PhoneNumberExtractor.Extract("body", "Visit 1-800-flowers.com or text 1-800-STOP.");

        Assert.DoesNotContain(found, n => n.Text.Any(char.IsLetter));
    }

    [Fact]
    public void Should_not_call_a_number_of_another_country_a_near_miss_when_only_its_national_digits_are_alike()
    {
        var irish = Resource("resource-ie", new { name = "Irish Test Line", phone = "+353 1 555 0100", region = "IE", isCrisisLine = true, hours = new { alwaysOpen = true } });

        var otherCountry = Article(new { body = "In New Zealand, call the helpline on +64 9 555 0100." }, [irish]);
        var typo = Article(new { body = "In Ireland, call the helpline on +353 1 555 0101." }, [irish]);

        Assert.Empty(Findings(otherCountry, SafetyRuleNames.HelplineNearMiss));
        Assert.Single(Findings(typo, SafetyRuleNames.HelplineNearMiss));
    }
}
