using TraumaBondCms.Core.Content;
using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Data.Tests.Search;

/// <summary>
/// Search in a reader's cultures: each document is read in its language (Spanish light stems and attached pronouns), a
/// search in a fallback chain finds each localization set once in the reader's best culture, and a translation that goes
/// live or offline changes what its source's set answers without touching the source.
/// </summary>
public abstract partial class SearchIndexContract
{
    private static readonly string[] SpanishChain = ["es-US", "en-US"];

    [Fact]
    public async Task Should_find_each_set_once_in_the_readers_best_culture_and_the_source_where_no_translation_is_live()
    {
        var plan = await PublishAsync(await CreateSearchableAsync(Doc("Safety plan", body: "A safety plan lowers risk; plan with an advocate.")));
        var planEs = await PublishAsync(await CreateTranslationAsync(plan, "es-US", Doc("Plan de seguridad", body: "Un plan de seguridad reduce el riesgo; planifica con una defensora.")));
        var hotline = await PublishAsync(await CreateSearchableAsync(Doc("Safety hotline", body: "Call for a safety plan at any hour.")));
        var hotlineEs = await CreateTranslationAsync(hotline, "es-US", Doc("Línea de seguridad", body: "Llama para un plan de seguridad a cualquier hora."));

        var spanish = await SearchAsync("plan OR seguridad OR safety", adjust: r => r with { Cultures = SpanishChain });
        var english = await SearchAsync("plan OR seguridad OR safety", adjust: r => r with { Cultures = ["en-US"] });
        await PublishAsync(hotlineEs);
        var afterTranslation = await SearchAsync("plan OR seguridad OR safety", adjust: r => r with { Cultures = SpanishChain });
        var editors = await SearchAsync("plan OR seguridad OR safety", SearchScope.Editorial, r => r with { Cultures = SpanishChain, CollapseCultures = false });

        Assert.Equal(new[] { planEs.ContentItemId, hotline.ContentItemId }.Order(), spanish.Hits.Select(h => h.ContentItemId).Order());
        Assert.Equal(2, spanish.Total);
        Assert.Equal(new[] { plan.ContentItemId, hotline.ContentItemId }.Order(), english.Hits.Select(h => h.ContentItemId).Order());
        Assert.Equal(new[] { planEs.ContentItemId, hotlineEs.ContentItemId }.Order(), afterTranslation.Hits.Select(h => h.ContentItemId).Order());
        Assert.Equal(["es-US", "es-US"], afterTranslation.Hits.Select(h => h.Culture));
        Assert.Equal(4, editors.Total);
    }

    [Fact]
    public async Task Should_read_spanish_documents_with_spanish_stems_and_without_attached_pronouns()
    {
        var leaving = await PublishAsync(await CreateTranslationAsync(
            await PublishAsync(await CreateSearchableAsync(Doc("Why leaving is hard"))), "es-US", Doc("Por qué es tan difícil irse", body: "Las amigas y las familias ayudan.")));

        var pronoun = await SearchAsync("irme", adjust: r => r with { Cultures = SpanishChain });
        var plural = await SearchAsync("amiga familia", adjust: r => r with { Cultures = SpanishChain });
        var accents = await SearchAsync("dificil", adjust: r => r with { Cultures = SpanishChain });
        var english = await SearchAsync("irme", adjust: r => r with { Cultures = ["en-US"] });

        Assert.Equal([leaving.ContentItemId], pronoun.Hits.Select(h => h.ContentItemId));
        Assert.Equal([leaving.ContentItemId], plural.Hits.Select(h => h.ContentItemId));
        Assert.Equal([leaving.ContentItemId], accents.Hits.Select(h => h.ContentItemId));
        Assert.Empty(english.Hits);
    }

    /// <summary>Creates a translation of <paramref name="source"/> into <paramref name="culture"/> with <paramref name="document"/>; returns its first version.</summary>
    protected async Task<ContentItem> CreateTranslationAsync(ContentItem source, string culture, Core.Search.SearchDocument document)
    {
        var item = Build.Translation(source, culture, document.Title, slug: null);
        await WriteAsync(s => s.Content.CreateAsync(item, [], document));
        return item;
    }
}
