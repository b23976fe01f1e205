using System.Data.Common;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Data.Tests.Contract;

/// <summary>
/// Localization in the store: an item's culture, localization set and source are kept with every version; slugs are unique
/// per type and culture; one live item per set and culture; lists in a culture with fallbacks serve each set once, in the
/// most preferred culture it has; translations whose source changed are flagged and listed oldest first.
/// </summary>
public abstract class LocalizationContract : StoreContract
{
    [Fact]
    public async Task Should_keep_culture_set_and_source_on_every_version_when_a_translation_is_edited()
    {
        var source = await CreateAsync(Build.Item(title: "The abuse cycle", slug: "the-abuse-cycle"));
        var translation = await CreateAsync(Build.Translation(source, "es-US", "El ciclo del abuso"));

        var edited = await AddVersionAsync(Build.NextVersion(translation, title: "El ciclo del maltrato"));

        var read = await GetAsync(translation, VersionSelector.Latest);
        AssertSameVersion(edited, read);
        Assert.Equal(("es-US", source.ContentItemId, source.ContentItemId, source.ContentItemVersionId), (read!.Culture, read.LocalizationSet, read.TranslationOf, read.SourceVersionId));
        var record = await ReadAsync(s => s.Content.GetItemAsync(translation.ContentItemId));
        Assert.Equal(("es-US", source.ContentItemId, source.ContentItemId), (record!.Culture, record.LocalizationSet, record.TranslationOf));
    }

    [Fact]
    public async Task Should_accept_the_same_slug_when_the_cultures_differ_and_refuse_it_within_one_culture()
    {
        var source = await CreateAsync(Build.Item(slug: "safety-plan"));
        var spanish = await CreateAsync(Build.Translation(source, "es-US"));
        await using var session = await Store.BeginWriteAsync();

        var second = () => session.Content.CreateAsync(Build.Item(slug: "safety-plan") with { Culture = "es-US" }, []);

        Assert.Equal("safety-plan", (await Assert.ThrowsAsync<DuplicateSlugException>(second)).Slug);
        Assert.Equal(spanish.ContentItemId, (await session.Content.FindBySlugsAsync("Article", ["safety-plan"], ["es-US", "en-US"]))["safety-plan"]);
        Assert.Equal(source.ContentItemId, (await session.Content.FindBySlugsAsync("Article", ["safety-plan"], ["en-US"]))["safety-plan"]);
        Assert.Empty(await session.Content.FindBySlugsAsync("Article", ["safety-plan"], ["fr-FR"]));
    }

    [Fact]
    public async Task Should_refuse_a_second_live_item_of_one_culture_in_a_localization_set()
    {
        var source = await CreateAsync(Build.Item(slug: "first"));
        await CreateAsync(Build.Translation(source, "es-US", slug: "primero"));
        await using var session = await Store.BeginWriteAsync();

        var twice = () => session.Content.CreateAsync(Build.Translation(source, "es-US", slug: "otro"), []);

        Assert.True(Database.Dialect.IsUniqueViolation(await Assert.ThrowsAnyAsync<DbException>(twice)));
    }

    [Fact]
    public async Task Should_serve_each_set_once_in_its_most_preferred_culture_when_listing_with_a_fallback_chain()
    {
        var translated = await PublishAsync(await CreateAsync(Build.Item(title: "Translated")));
        var spanish = await PublishAsync(await CreateAsync(Build.Translation(translated, "es-US", "Traducido")));
        var englishOnly = await PublishAsync(await CreateAsync(Build.Item(title: "English only")));
        var draftSpanish = await CreateAsync(Build.Translation(englishOnly, "es-US", "Borrador"));
        var mexican = await PublishAsync(await CreateAsync(Build.Item(title: "Solo mexicano") with { Culture = "es-MX" }));

        var chain = await QueryAsync(new ContentQuery { Cultures = ["es-MX", "es-US", "en-US"], OrderBy = [new ContentOrder(ContentField.DisplayText)] });
        var spanishOnly = await QueryAsync(new ContentQuery { Cultures = ["es-US"] });
        var editors = await QueryAsync(new ContentQuery { Status = ContentStatusFilter.Latest, Cultures = ["es-US", "en-US"], OrderBy = [new ContentOrder(ContentField.DisplayText)] });

        Assert.Equal([englishOnly.DisplayText, mexican.DisplayText, spanish.DisplayText], chain.Items.Select(i => i.DisplayText));
        Assert.Equal(3, chain.TotalCount);
        Assert.Equal([spanish.ContentItemId], spanishOnly.Items.Select(i => i.ContentItemId));
        Assert.Equal([draftSpanish.DisplayText, spanish.DisplayText], editors.Items.Select(i => i.DisplayText));
    }

    [Fact]
    public async Task Should_read_a_sets_members_and_the_items_translated_from_an_item()
    {
        var source = await PublishAsync(await CreateAsync(Build.Item(title: "Source")));
        var spanish = await PublishAsync(await CreateAsync(Build.Translation(source, "es-US")));
        var draft = await CreateAsync(Build.Translation(source, "fr-FR"));
        var fromSpanish = await CreateAsync(Build.Translation(spanish, "es-MX"));

        var published = await ReadAsync(s => s.Content.GetLocalizationSetsAsync([source.LocalizationSet], VersionSelector.Published));
        var latest = await ReadAsync(s => s.Content.GetLocalizationSetsAsync([source.LocalizationSet], VersionSelector.Latest));
        var translations = await ReadAsync(s => s.Content.GetTranslationIdsAsync(source.ContentItemId));

        Assert.Equal(["en-US", "es-US"], published.Select(i => i.Culture));
        Assert.Equal(["en-US", "es-MX", "es-US", "fr-FR"], latest.Select(i => i.Culture));
        Assert.Equal(new[] { spanish.ContentItemId, draft.ContentItemId }.Order(StringComparer.Ordinal), translations);
        Assert.Equal(spanish.ContentItemId, fromSpanish.TranslationOf);
    }

    [Fact]
    public async Task Should_list_translations_whose_source_changed_oldest_first_until_the_flag_is_cleared()
    {
        var source = await CreateAsync(Build.Item());
        var first = await CreateAsync(Build.Translation(source, "es-US"));
        var second = await CreateAsync(Build.Translation(source, "fr-FR"));
        var early = Build.Tick();
        var late = Build.Tick();
        await WriteAsync(async s =>
        {
            await s.Workflow.SetSourceChangedAsync(second.ContentItemId, late);
            await s.Workflow.SetSourceChangedAsync(first.ContentItemId, early);
        });

        var flagged = await ReadAsync(s => s.Workflow.ListSourceChangedAsync(10));
        await WriteAsync(s => s.Workflow.SetSourceChangedAsync(first.ContentItemId, null));
        var after = await ReadAsync(s => s.Workflow.ListSourceChangedAsync(10));

        Assert.Equal([(first.ContentItemId, early), (second.ContentItemId, late)], flagged);
        Assert.Equal([(second.ContentItemId, late)], after);
        Assert.Equal(late, (await ReadAsync(s => s.Content.GetItemAsync(second.ContentItemId)))!.SourceChangedUtc);
    }
}
