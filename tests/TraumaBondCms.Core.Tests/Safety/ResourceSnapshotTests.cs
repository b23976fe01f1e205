using TraumaBondCms.Core.Safety;
using TraumaBondCms.Core.Tests.Content;
using static TraumaBondCms.Core.Tests.Safety.SafetyFixtures;

namespace TraumaBondCms.Core.Tests.Safety;

public class ResourceSnapshotTests
{
    [Theory]
    [InlineData(VerificationStatus.Current, true)]
    [InlineData(VerificationStatus.Overdue, true)]
    [InlineData(VerificationStatus.NeverVerified, false)]
    [InlineData(VerificationStatus.ChannelsChanged, false)]
    public void Should_count_as_verified_only_when_its_current_channels_were_verified(VerificationStatus status, bool verified)
    {
        var resource = Hotline(status);

        Assert.Equal((status, verified), (resource.Status, resource.IsVerified));
    }

    [Fact]
    public void Should_keep_the_verification_when_only_the_description_changes()
    {
        var verified = Hotline();
        var edited = verified.Item with { Fields = verified.Item.Fields.With("description", System.Text.Json.JsonSerializer.SerializeToElement("New words.")) };

        var snapshot = ResourceSnapshot.From(edited, RecipeContentTypes.Resource, Resources, [verified.LastVerification!], Now);

        Assert.Equal(VerificationStatus.Current, snapshot.Status);
    }

    [Fact]
    public void Should_need_a_new_verification_when_the_phone_number_changes()
    {
        var verified = Hotline();
        var edited = verified.Item with { Fields = verified.Item.Fields.With("phone", System.Text.Json.JsonSerializer.SerializeToElement("1-800-799-7234")) };

        var snapshot = ResourceSnapshot.From(edited, RecipeContentTypes.Resource, Resources, [verified.LastVerification!], Now);

        Assert.Equal(VerificationStatus.ChannelsChanged, snapshot.Status);
    }

    [Fact]
    public void Should_use_the_type_interval_when_computing_the_due_date()
    {
        var type = RecipeContentTypes.Resource with { VerificationIntervalDays = 30 };
        var verified = Hotline();

        var snapshot = ResourceSnapshot.From(verified.Item, type, Resources, [verified.LastVerification!], Now);

        Assert.Equal(verified.LastVerification!.VerifiedUtc.AddDays(30), snapshot.DueUtc);
    }

    [Fact]
    public void Should_count_the_interval_from_the_check_when_the_check_was_recorded_later()
    {
        var verified = Hotline();
        var checkedLongAgo = verified.LastVerification! with { CheckedUtc = Now.AddDays(-100) };

        var snapshot = ResourceSnapshot.From(verified.Item, RecipeContentTypes.Resource, Resources, [checkedLongAgo], Now);

        Assert.Equal((VerificationStatus.Overdue, Now.AddDays(-100 + ResourceSnapshot.DefaultIntervalDays)), (snapshot.Status, snapshot.DueUtc));
    }
}
