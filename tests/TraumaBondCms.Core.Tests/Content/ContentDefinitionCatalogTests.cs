using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Core.Tests.Content;

public class ContentDefinitionCatalogTests
{
    private static readonly ContentDefinitionCatalog Catalog = new(RecipeContentTypes.All);

    [Fact]
    public void Should_list_types_by_name_when_built_from_the_recipe()
    {
        var names = Catalog.Types.Select(t => t.Name);

        Assert.Equal(["Article", "Faq", "Resource", "Topic"], names);
    }

    [Fact]
    public void Should_find_type_when_name_matches_exactly()
    {
        var faq = Catalog.Get("Faq");

        Assert.Equal("question", faq.DisplayTextField);
        Assert.Null(Catalog.Find("faq"));
    }

    [Fact]
    public void Should_throw_UnknownContentTypeException_when_getting_an_undefined_type()
    {
        var exception = Assert.Throws<UnknownContentTypeException>(() => Catalog.Get("Video"));

        Assert.Equal("Video", exception.ContentType);
        Assert.Equal("Unknown content type 'Video'.", exception.Message);
    }

    [Fact]
    public void Should_throw_ContentDefinitionException_when_types_are_inconsistent()
    {
        var withoutTopic = RecipeContentTypes.All.Where(t => t.Name != "Topic");

        var exception = Assert.Throws<ContentDefinitionException>(() => new ContentDefinitionCatalog(withoutTopic));

        Assert.Contains("Content type 'Article', field 'topics': taxonomy type 'Topic' is not defined.", exception.Problems);
    }

    [Fact]
    public void Should_replace_type_by_name_and_keep_the_others_when_With_is_given_a_changed_type()
    {
        var topic = RecipeContentTypes.Topic;
        var changed = topic with { Fields = [.. topic.Fields, new ContentFieldDefinition { Name = "icon", Kind = ContentFieldKind.Text }] };

        var next = Catalog.With([changed]);

        Assert.NotNull(next.Get("Topic").GetField("icon"));
        Assert.Null(Catalog.Get("Topic").GetField("icon"));
        Assert.Same(Catalog.Get("Article"), next.Get("Article"));
        Assert.Equal(4, next.Types.Count);
    }

    [Fact]
    public void Should_add_type_when_With_is_given_a_new_name()
    {
        var glossary = new ContentTypeDefinition { Name = "Glossary", DisplayTextField = "term", Fields = [new ContentFieldDefinition { Name = "term", Kind = ContentFieldKind.Text }] };

        var next = Catalog.With([glossary]);

        Assert.Equal(["Article", "Faq", "Glossary", "Resource", "Topic"], next.Types.Select(t => t.Name));
    }

    [Fact]
    public void Should_revalidate_all_types_when_With_breaks_a_reference()
    {
        var slugless = RecipeContentTypes.Topic with { SlugField = null, Fields = [.. RecipeContentTypes.Topic.Fields.Where(f => f.Kind != ContentFieldKind.Slug)] };

        var exception = Assert.Throws<ContentDefinitionException>(() => Catalog.With([slugless]));

        Assert.Contains("Content type 'Article', field 'topics': taxonomy type 'Topic' has no slug field to tag with.", exception.Problems);
    }

    [Fact]
    public void Should_have_no_types_when_catalog_is_empty()
    {
        var types = ContentDefinitionCatalog.Empty.Types;

        Assert.Empty(types);
    }
}
