using System.Text.Json;
using TraumaBondCms.Core.Safety;
using TraumaBondCms.Core.Tests.Content;
using static TraumaBondCms.Core.Tests.Safety.SafetyFixtures;

namespace TraumaBondCms.Core.Tests.Safety;

public class ChannelChangesTests
{
    [Fact]
    public void Should_name_whoever_introduced_the_channel_values_and_not_who_only_edited_the_description()
    {
        var v1 = Hotline().Item;
        var v2 = v1 with { Version = 2, Author = "editor.maya", Fields = v1.Fields.With("phone", JsonSerializer.SerializeToElement("1-800-799-7234")) };
        var v3 = v2 with { Version = 3, Author = "editor.sam", Fields = v2.Fields.With("description", JsonSerializer.SerializeToElement("Open all day.")) };
        var v4 = v3 with { Version = 4, Author = "editor.lee", Fields = v3.Fields.With("phone", JsonSerializer.SerializeToElement("1-800-799-7233")) };
        var v5 = v4 with { Version = 5, Author = "editor.kim", Fields = v4.Fields.With("phone", JsonSerializer.SerializeToElement("1-800-799-7234")) };
        var (_, changed) = ResourceChannels.Fingerprint(v2.Fields, Resources.ChannelFields);

        var authors = ChannelChanges.AuthorsOf([v5, v3, v1, v4, v2], Resources.ChannelFields, changed);

        Assert.Equal(["editor.kim", "editor.maya"], authors.Order(StringComparer.Ordinal));
        Assert.Equal(RecipeContentTypes.Resource.Name, v1.ContentType);
    }
}
