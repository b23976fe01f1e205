using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Core.Tests.Content;

namespace TraumaBondCms.Core.Tests.Search;

/// <summary>What of an item is searched, and with which weight: built from the recipe's own types and sample items.</summary>
public class SearchDocumentBuilderTests
{
    private static readonly Func<TagReference, string?> TopicTitles = tag => tag.Slug switch
    {
        "trauma-bonding" => "Trauma bonding",
        "no-contact" => "No contact and low contact",
        _ => null,
    };

    [Fact]
    public void Should_put_each_article_field_where_it_ranks_when_an_article_is_indexed()
    {
        var article = Sample("article-breaking-the-bond");

        var document = Build(RecipeContentTypes.Article, article);

        Assert.Equal("Breaking a trauma bond: no contact, grief and rebuilding your life", document.Title);
        Assert.Contains("No contact and low contact", document.Tags.Split('\n'));
        Assert.Contains("healing and recovery", document.Tags.Split('\n'));
        Assert.StartsWith("Recovering from a trauma bond takes time.", document.Summary);
        Assert.Contains("Leaving is a beginning", document.Body);
        Assert.DoesNotContain("##", document.Body);
        Assert.Contains("A trauma bond does not end when the relationship ends.", document.Body);
        Assert.DoesNotContain("survivors", document.Body);
        Assert.Equal(["healing-and-recovery", "no-contact", "trauma-bonding", "codependency", "abuse", "self-harm-and-suicide"], document.Topics);
    }

    [Fact]
    public void Should_search_contact_details_when_a_resource_is_indexed()
    {
        var resource = Sample("resource-us-crisis-text-line");

        var document = Build(RecipeContentTypes.Resource, resource);

        Assert.Equal("Crisis Text Line", document.Title);
        Assert.StartsWith("Free, confidential support by text message", document.Summary);
        Assert.Contains("Text HOME to 741741", document.Body);
        Assert.Contains("crisistextline.org", document.Body);
        Assert.Contains("English", document.Body);
        Assert.DoesNotContain("https://", document.Body);
    }

    [Fact]
    public void Should_treat_a_topic_description_as_summary_and_give_no_facets_when_a_topic_is_indexed()
    {
        var topic = Sample("topic-no-contact");

        var document = Build(RecipeContentTypes.Topic, topic);

        Assert.Equal("No contact and low contact", document.Title);
        Assert.StartsWith("Ending or limiting communication", document.Summary);
        Assert.Empty(document.Body);
        Assert.Empty(document.Topics);
    }

    [Fact]
    public void Should_remove_highlight_markers_when_content_contains_them()
    {
        var fields = ContentFields.From([KeyValuePair.Create("question", JsonSerializer.SerializeToElement("Why\uE000?")), KeyValuePair.Create("answer", JsonSerializer.SerializeToElement("Be\uE001cause."))]);

        var document = SearchDocumentBuilder.Build(RecipeContentTypes.Faq, fields, "Why\uE000?", TopicTitles);

        Assert.Equal("Why?", document.Title);
        Assert.Equal("Because.", document.Body);
    }

    [Fact]
    public void Should_list_each_tag_once_when_fields_repeat_it()
    {
        var article = Sample("article-the-abuse-cycle");

        var tags = SearchDocumentBuilder.TagsOf(RecipeContentTypes.Article, article);

        Assert.Equal(6, tags.Count);
        Assert.All(tags, t => Assert.Equal("Topic", t.Taxonomy));
    }

    private static ContentFields Sample(string id) =>
        ContentFields.Parse(RecipeContentTypes.SampleItems.Single(i => i.ContentItemId == id).Fields.GetRawText());

    private static SearchDocument Build(ContentTypeDefinition type, ContentFields fields) =>
        SearchDocumentBuilder.Build(type, fields, fields.GetString(type.DisplayTextField)!, TopicTitles);
}
