using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Diff;
using static TraumaBondCms.Core.Tests.Diff.DiffAssert;

namespace TraumaBondCms.Core.Tests.Diff;

// Field-level comparisons with the real content types of the trauma-bonding-library recipe.
public class ContentDiffTests
{
    private static readonly ContentTypeDefinition Article = RecipeContentTypes.Get("Article");
    private static readonly ContentTypeDefinition Faq = RecipeContentTypes.Get("Faq");
    private static readonly ContentTypeDefinition Resource = RecipeContentTypes.Get("Resource");

    // The recipe has no Date field; an Article with a review date stands in for one.
    private static readonly ContentTypeDefinition ArticleWithReviewDate = Article with
    {
        Fields = [.. Article.Fields, new ContentFieldDefinition { Name = "reviewedOn", DisplayName = "Reviewed on", Kind = ContentFieldKind.Date }],
    };

    // One field of each kind, with two different values; the second form of the first value is the same
    // JSON value written differently, which must compare as unchanged.
    private static readonly (ContentTypeDefinition Type, string Field, string First, string FirstRewritten, string Second)[] FieldsOfEachKind =
    [
        (Article, "title", "\"Trauma bonding\"", "\"Trauma bonding\"", "\"What is trauma bonding?\""),
        (Article, "body", "\"## Signs\\n\\nYou feel relief.\"", "\"## Signs\\n\\nYou feel relief.\"", "\"## Signs\\n\\nYou feel hope.\""),
        (Article, "slug", "\"trauma-bonding\"", "\"trauma-bonding\"", "\"what-is-trauma-bonding\""),
        (ArticleWithReviewDate, "reviewedOn", "\"2025-03-01\"", "\"2025-03-01\"", "\"2025-04-01\""),
        (Resource, "isCrisisLine", "true", "true", "false"),
        (Article, "readingMinutes", "2", "2.0", "12"),
        (Article, "audience", "\"general\"", "\"general\"", "\"survivors\""),
        (Resource, "website", """{"url":"https://www.thehotline.org","text":"thehotline.org"}""", """{ "text": "thehotline.org", "url": "https://www.thehotline.org" }""", """{"url":"https://www.thehotline.org/help","text":"thehotline.org"}"""),
        (Resource, "phone", "\"1-800-799-7233\"", "\"1-800-799-7233\"", "\"988\""),
        (Article, "topics", """["abuse","trauma-bonding"]""", """[ "abuse", "trauma-bonding" ]""", """["abuse"]"""),
        (Article, "relatedResources", """["resource-us-ndvh"]""", """["resource-us-ndvh"]""", """["resource-us-988"]"""),
        (Article, "keyTakeaways", """["It is not your fault."]""", """["It is not your fault."]""", """["It is not your fault.","Help exists."]"""),
    ];

    public static TheoryData<string, int, string?, string?, ChangeKind> ChangesOfEachKind()
    {
        var data = new TheoryData<string, int, string?, string?, ChangeKind>();
        for (var i = 0; i < FieldsOfEachKind.Length; i++)
        {
            var (type, field, first, rewritten, second) = FieldsOfEachKind[i];
            var kind = type.GetField(field)!.Kind.ToString();
            data.Add(kind, i, null, first, ChangeKind.Added);
            data.Add(kind, i, first, null, ChangeKind.Removed);
            data.Add(kind, i, first, second, ChangeKind.Modified);
            data.Add(kind, i, first, rewritten, ChangeKind.Unchanged);
            data.Add(kind, i, null, null, ChangeKind.Unchanged);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ChangesOfEachKind))]
    public void Should_classify_the_change_when_a_field_of_each_kind_is_added_removed_modified_or_kept(
        string kind, int row, string? before, string? after, ChangeKind expected)
    {
        var (type, field, _, _, _) = FieldsOfEachKind[row];

        var result = ContentDiff.Compare(type, Fields(field, before), Fields(field, after));

        var diff = result.Find(field)!;
        Assert.Equal(kind, diff.Kind.ToString());
        Assert.Equal(expected, diff.Change);
        Assert.Equal(before is not null, diff.Before is not null);
        Assert.Equal(after is not null, diff.After is not null);
        Assert.Equal(expected != ChangeKind.Unchanged, result.HasChanges);
        Assert.Equal(expected == ChangeKind.Unchanged ? [] : [field], result.ChangedFields.Select(f => f.Field));
    }

    [Fact]
    public void Should_list_every_defined_field_in_order_then_fields_missing_from_the_definition_when_comparing()
    {
        var before = ContentFields.Parse("""{ "title": "Trauma bonding", "zLegacy": 1, "aLegacy": "x" }""");
        var after = ContentFields.Parse("""{ "title": "Trauma bonding", "aLegacy": "y" }""");

        var result = ContentDiff.Compare(Article, before, after);

        Assert.Equal([.. Article.Fields.Select(f => f.Name), "aLegacy", "zLegacy"], result.Fields.Select(f => f.Field));
        Assert.Equal(Article.Fields.Select(f => f.Label), result.Fields.Take(Article.Fields.Count).Select(f => f.Label));
        Assert.Equal([(null, ChangeKind.Modified), (null, ChangeKind.Removed)], result.Fields.Skip(Article.Fields.Count).Select(f => (f.Kind, f.Change)));
    }

    [Fact]
    public void Should_show_only_the_changed_digits_when_a_hotline_number_in_a_resource_description_is_fixed()
    {
        var before = ContentFields.Parse("""{ "name": "Hotline", "description": "## Call\n\nCall 1-800-799-7223 any time.\n" }""");
        var after = ContentFields.Parse("""{ "name": "Hotline", "description": "## Call\n\nCall 1-800-799-7233 any time.\n" }""");

        var diff = ContentDiff.Compare(Resource, before, after).Find("description")!;

        Assert.Equal(ChangeKind.Modified, diff.Change);
        Assert.Equal(DiffGranularity.Word, diff.Granularity);
        Assert.Equal([Eq("## Call\n\nCall 1-800-799-"), Del("7223"), Ins("7233"), Eq(" any time.\n")], diff.Segments);
    }

    [Fact]
    public void Should_give_whole_text_segments_when_a_text_field_is_added_or_kept()
    {
        var before = ContentFields.Parse("""{ "title": "Trauma bonding" }""");
        var after = ContentFields.Parse("""{ "title": "Trauma bonding", "summary": "Why it is hard to leave." }""");

        var result = ContentDiff.Compare(Article, before, after);

        Assert.Equal([Eq("Trauma bonding")], result.Find("title")!.Segments);
        Assert.Equal([Ins("Why it is hard to leave.")], result.Find("summary")!.Segments);
        Assert.Empty(result.Find("contentWarning")!.Segments!);
    }

    [Fact]
    public void Should_give_no_word_diff_when_a_field_is_not_text_or_markdown()
    {
        var before = ContentFields.Parse("""{ "phone": "1-800-799-7223", "slug": "ndvh" }""");
        var after = ContentFields.Parse("""{ "phone": "1-800-799-7233", "slug": "ndvh-us" }""");

        var result = ContentDiff.Compare(Resource, before, after);

        Assert.All(result.ChangedFields, f => Assert.Null(f.Segments));
        Assert.Equal("1-800-799-7233", result.Find("phone")!.After!.Value.GetString());
    }

    [Fact]
    public void Should_compare_as_json_without_a_word_diff_when_a_text_field_holds_a_number()
    {
        var result = ContentDiff.Compare(Article, ContentFields.Parse("""{ "summary": 5 }"""), ContentFields.Parse("""{ "summary": "five" }"""));

        var diff = result.Find("summary")!;
        Assert.Equal(ChangeKind.Modified, diff.Change);
        Assert.Null(diff.Segments);
        Assert.Null(diff.Granularity);
    }

    [Fact]
    public void Should_report_tags_added_and_removed_when_topics_change()
    {
        var before = ContentFields.Parse("""{ "topics": ["abuse", "trauma-bonding", "leaving-safely"] }""");
        var after = ContentFields.Parse("""{ "topics": ["trauma-bonding", "leaving-safely", "coercive-control"] }""");

        var diff = ContentDiff.Compare(Article, before, after).Find("topics")!;

        Assert.Equal(ChangeKind.Modified, diff.Change);
        Assert.Equal(["coercive-control"], Strings(diff.AddedItems));
        Assert.Equal(["abuse"], Strings(diff.RemovedItems));
        Assert.False(diff.Reordered);
        Assert.Equal(
            [(ChangeKind.Removed, 0, null), (ChangeKind.Unchanged, 1, 0), (ChangeKind.Unchanged, 2, 1), (ChangeKind.Added, null, 2)],
            diff.Items.Select(i => (i.Change, i.BeforeIndex, i.AfterIndex)));
    }

    [Fact]
    public void Should_report_a_reorder_and_no_added_or_removed_tags_when_tags_only_move()
    {
        var before = ContentFields.Parse("""{ "topics": ["abuse", "trauma-bonding"] }""");
        var after = ContentFields.Parse("""{ "topics": ["trauma-bonding", "abuse"] }""");

        var diff = ContentDiff.Compare(Article, before, after).Find("topics")!;

        Assert.Equal(ChangeKind.Modified, diff.Change);
        Assert.True(diff.Reordered);
        Assert.Empty(diff.AddedItems);
        Assert.Empty(diff.RemovedItems);
    }

    [Fact]
    public void Should_report_the_old_item_removed_and_the_new_one_added_when_a_single_picker_changes()
    {
        var before = ContentFields.Parse("""{ "article": ["article-what-is-trauma-bonding"] }""");
        var after = ContentFields.Parse("""{ "article": ["article-leaving-safely"] }""");

        var diff = ContentDiff.Compare(Faq, before, after).Find("article")!;

        Assert.Equal(["article-leaving-safely"], Strings(diff.AddedItems));
        Assert.Equal(["article-what-is-trauma-bonding"], Strings(diff.RemovedItems));
        Assert.Equal([ChangeKind.Removed, ChangeKind.Added], diff.Items.Select(i => i.Change));
    }

    [Fact]
    public void Should_report_an_added_resource_when_a_multiple_picker_gains_an_item()
    {
        var before = ContentFields.Parse("""{ "relatedResources": ["resource-us-ndvh"] }""");
        var after = ContentFields.Parse("""{ "relatedResources": ["resource-us-ndvh", "resource-us-988"] }""");

        var diff = ContentDiff.Compare(Article, before, after).Find("relatedResources")!;

        Assert.Equal(["resource-us-988"], Strings(diff.AddedItems));
        Assert.Empty(diff.RemovedItems);
    }

    [Theory]
    [InlineData("""{"url":"https://www.thehotline.org/chat","text":"Chat now"}""", "url")]
    [InlineData("""{"url":"https://www.thehotline.org","text":"Chat with an advocate"}""", "text")]
    public void Should_name_the_changed_property_when_a_link_changes(string after, string changed)
    {
        var before = ContentFields.Parse("""{ "chatUrl": {"url":"https://www.thehotline.org","text":"Chat now"} }""");

        var diff = ContentDiff.Compare(Resource, before, ContentFields.Parse($$"""{ "chatUrl": {{after}} }""")).Find("chatUrl")!;

        Assert.Equal(ChangeKind.Modified, diff.Change);
        Assert.Equal([changed], diff.ChangedProperties);
    }

    [Theory]
    [InlineData("2", "2.0")]
    [InlineData("10", "1e1")]
    [InlineData("15", "15.000")]
    public void Should_see_no_change_when_numbers_are_equal_but_written_differently(string before, string after)
    {
        var result = ContentDiff.Compare(Article, ContentFields.Parse($$"""{ "readingMinutes": {{before}} }"""), ContentFields.Parse($$"""{ "readingMinutes": {{after}} }"""));

        Assert.Equal(ChangeKind.Unchanged, result.Find("readingMinutes")!.Change);
        Assert.False(result.HasChanges);
    }

    [Fact]
    public void Should_show_a_list_item_modified_in_place_with_its_word_diff_when_a_takeaway_is_edited()
    {
        var before = ContentFields.Parse("""{ "keyTakeaways": ["It is not your fault.", "Leaving takes time.", "Help exists."] }""");
        var after = ContentFields.Parse("""{ "keyTakeaways": ["It is not your fault.", "Leaving often takes time.", "Help exists."] }""");

        var diff = ContentDiff.Compare(Article, before, after).Find("keyTakeaways")!;

        Assert.Equal([ChangeKind.Unchanged, ChangeKind.Modified, ChangeKind.Unchanged], diff.Items.Select(i => i.Change));
        var edited = diff.Items[1];
        Assert.Equal((1, 1), (edited.BeforeIndex, edited.AfterIndex));
        Assert.Equal([Eq("Leaving "), Ins("often "), Eq("takes time.")], edited.Segments);
        Assert.Equal(["Leaving often takes time."], Strings(diff.AddedItems));
        Assert.Equal(["Leaving takes time."], Strings(diff.RemovedItems));
    }

    [Fact]
    public void Should_shift_later_positions_when_a_list_item_is_inserted_first()
    {
        var before = ContentFields.Parse("""{ "languages": ["English", "Spanish"] }""");
        var after = ContentFields.Parse("""{ "languages": ["ASL", "English", "Spanish"] }""");

        var diff = ContentDiff.Compare(Resource, before, after).Find("languages")!;

        Assert.Equal(
            [(ChangeKind.Added, null, 0), (ChangeKind.Unchanged, 0, 1), (ChangeKind.Unchanged, 1, 2)],
            diff.Items.Select(i => (i.Change, i.BeforeIndex, i.AfterIndex)));
        Assert.Equal([Ins("ASL")], diff.Items[0].Segments);
        Assert.False(diff.Reordered);
    }

    [Fact]
    public void Should_mark_every_field_with_a_value_added_when_there_is_no_earlier_version()
    {
        var after = ContentFields.Parse("""{ "name": "988 Lifeline", "phone": "988", "isCrisisLine": true, "languages": ["English"] }""");

        var result = ContentDiff.Compare(Resource, ContentFields.Empty, after);

        Assert.Equal(["name", "phone", "languages", "isCrisisLine"], result.ChangedFields.Select(f => f.Field));
        Assert.All(result.ChangedFields, f => Assert.Equal(ChangeKind.Added, f.Change));
    }

    [Fact]
    public void Should_throw_argument_null_when_an_argument_is_null()
    {
        Assert.Throws<ArgumentNullException>(() => ContentDiff.Compare(null!, ContentFields.Empty, ContentFields.Empty));
        Assert.Throws<ArgumentNullException>(() => ContentDiff.Compare(Article, null!, ContentFields.Empty));
        Assert.Throws<ArgumentNullException>(() => ContentDiff.Compare(Article, ContentFields.Empty, null!));
    }

    private static ContentFields Fields(string field, string? json) =>
        json is null ? ContentFields.Empty : ContentFields.Parse($$"""{ "{{field}}": {{json}} }""");

    private static string[] Strings(IEnumerable<JsonElement> items) => items.Select(i => i.GetString() ?? "(not a string)").ToArray();
}
