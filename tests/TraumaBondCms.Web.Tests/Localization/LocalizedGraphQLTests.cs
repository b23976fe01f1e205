using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TraumaBondCms.Web.Tests.GraphQL;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;

namespace TraumaBondCms.Web.Tests.Localization;

/// <summary>
/// Content GraphQL in a reader's culture: the <c>culture</c> argument with its fallback chain on items, lists and slugs,
/// the served <c>culture</c> and <c>translations</c> of every item, relations served in the reader's culture, preview
/// tokens per translation, bounded costs, and the workflow's language rule on the <c>approve</c> mutation. Run on each
/// storage engine (<see cref="SqliteLocalizedGraphQLTests"/>, <see cref="PostgresLocalizedGraphQLTests"/>).
/// </summary>
public abstract class LocalizedGraphQLTests<TSite>(TSite site) : IClassFixture<TSite>
    where TSite : LocalizedSite
{
    private const string Answer = "Trauma bonding is a strong emotional attachment that grows from cycles of harm and warmth.";
    private const string Respuesta = "El vínculo traumático es un apego emocional fuerte que nace de ciclos de daño y afecto.";

    [Fact]
    public async Task Should_serve_es_US_with_its_translations_and_fall_back_when_the_culture_is_missing_or_not_listed()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var source = await site.PublishedFaqAsync($"What is trauma bonding? {run}", Answer);
        var englishOnly = await site.PublishedFaqAsync($"Is it my fault? {run}", Answer);
        var spanish = await site.TranslationAsync(source, "es-US", new { question = $"¿Qué es el vínculo traumático? {run}", slug = $"que-es-el-vinculo-traumatico-{run}", answer = Respuesta });
        await site.ReviewAndPublishAsync(spanish, site.SpanishReviewer, LocalizedSite.SpanishReviewerName);
        const string List = "query($q: String!, $culture: String) { faqs(culture: $culture, where: { question: { contains: $q } }, orderBy: [{ field: ID }]) { cultures totalCount nodes { id culture translationOf question translations { id culture } } } }";

        var inSpanish = (await site.Reader.GraphQLAsync(List, new { q = run, culture = "es-US" })).Ok().GetProperty("faqs");
        var unlisted = (await site.Reader.GraphQLAsync(List, new { q = run, culture = "de-DE" })).Ok().GetProperty("faqs");
        var byId = (await site.Reader.GraphQLAsync("query($id: ID!) { faq(id: $id, culture: \"es-MX\") { id culture question } }", new { id = source })).Ok().GetProperty("faq");
        var bySlug = (await site.Reader.GraphQLAsync("query($slug: String!) { faq(slug: $slug, culture: \"es-US\") { id culture } }", new { slug = $"what-is-trauma-bonding-{run}" })).Ok().GetProperty("faq");
        var spanishSlugInEnglish = (await site.Reader.GraphQLAsync("query($slug: String!) { faq(slug: $slug, culture: \"en-US\") { id culture } }", new { slug = $"que-es-el-vinculo-traumatico-{run}" })).Ok().GetProperty("faq");
        var bad = await site.Reader.GraphQLAsync("{ faqs(culture: \"<script>\") { totalCount } }");

        Assert.Equal(["es-US", "en-US"], inSpanish.GetProperty("cultures").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(2, inSpanish.GetProperty("totalCount").GetInt32());
        var nodes = inSpanish.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!);
        Assert.Equal(new[] { englishOnly, spanish }.Order(), nodes.Keys.Order());
        Assert.Equal(("es-US", source), (nodes[spanish].GetProperty("culture").GetString(), nodes[spanish].GetProperty("translationOf").GetString()));
        Assert.Equal([(source, "en-US")], nodes[spanish].GetProperty("translations").EnumerateArray().Select(t => (t.GetProperty("id").GetString(), t.GetProperty("culture").GetString())));
        Assert.Equal(["en-US"], unlisted.GetProperty("cultures").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(new[] { englishOnly, source }.Order(), unlisted.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).Order());
        Assert.Equal((spanish, "es-US"), (byId.GetProperty("id").GetString(), byId.GetProperty("culture").GetString()));
        Assert.Equal((spanish, "es-US"), (bySlug.GetProperty("id").GetString(), bySlug.GetProperty("culture").GetString()));
        Assert.Equal((source, "en-US"), (spanishSlugInEnglish.GetProperty("id").GetString(), spanishSlugInEnglish.GetProperty("culture").GetString()));
        bad.Error("VALIDATION_FAILED", "culture");
    }

    [Fact]
    public async Task Should_refuse_the_approve_mutation_by_a_reviewer_who_does_not_list_the_translations_language()
    {
        var source = await site.PublishedFaqAsync("Can I get help in Spanish?", Answer);
        var translated = (await site.Editor.GraphQLAsync(
            "mutation($id: ID!) { translateFaq(id: $id, culture: \"es-US\", fields: { question: \"¿Puedo recibir ayuda en español?\", answer: \"Sí: muchas líneas de ayuda atienden en español.\" }) { id culture workflowStatus } }",
            new { id = source })).Ok().GetProperty("translateFaq");
        var id = translated.GetProperty("id").GetString()!;
        (await site.Editor.GraphQLAsync("mutation($id: ID!) { submitForReview(id: $id) { to } }", new { id })).Ok();
        const string Approve = "mutation($id: ID!, $password: String!) { approve(id: $id, expectedVersion: 1, password: $password, overrideReason: \"read\") { to } }";

        var refused = await site.EnglishReviewer.GraphQLAsync(Approve, new { id, password = LocalizedSite.EnglishReviewerName + ReviewTeam.PasswordSuffix });
        var signed = await site.SpanishReviewer.GraphQLAsync(Approve, new { id, password = LocalizedSite.SpanishReviewerName + ReviewTeam.PasswordSuffix });

        Assert.Equal("es-US", translated.GetProperty("culture").GetString());
        var error = refused.Error("FORBIDDEN");
        Assert.Contains(error.GetProperty("extensions").GetProperty("refusals").EnumerateArray(), r => r.GetProperty("rule").GetString() == "ReviewLanguage");
        Assert.Equal("APPROVED", signed.Ok().GetProperty("approve").GetProperty("to").GetString());
    }

    [Fact]
    public async Task Should_serve_related_resources_and_faqs_in_the_readers_culture()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var line = await PublishedResourceAsync($"Helpline {run}");
        var lineEs = await site.TranslationAsync(line, "es-US", new { name = $"Línea de ayuda {run}", slug = $"linea-{run}", region = "US", isCrisisLine = true, phone = "+1 415 555 0123", hours = new { alwaysOpen = true }, languages = new[] { "Spanish" } });
        await VerifyAndPublishAsync(lineEs);
        var (article, _) = await DraftArticleAsync($"Leaving safely {run}", line);
        await site.Host.PublishThroughReviewAsync(site.Editor, article);
        var articleEs = await site.TranslationAsync(article, "es-US", new { title = $"Salir con seguridad {run}", slug = $"salir-{run}", body = "Planifica con cuidado.", relatedResources = new[] { line } });
        await site.ReviewAndPublishAsync(articleEs, site.SpanishReviewer, LocalizedSite.SpanishReviewerName);
        var faq = await site.PublishedFaqAsync($"Should I tell anyone I am leaving? {run}", Answer);
        await ReviewTeam.EditAsync(site.Editor, faq, new { question = $"Should I tell anyone I am leaving? {run}", answer = Answer, article = new[] { article } });
        await site.Host.PublishThroughReviewAsync(site.Editor, faq);
        var faqEs = await site.TranslationAsync(faq, "es-US", new { question = $"¿Debo contarle a alguien que me voy? {run}", answer = Respuesta, article = new[] { article } });
        await site.ReviewAndPublishAsync(faqEs, site.SpanishReviewer, LocalizedSite.SpanishReviewerName);

        var read = (await site.Reader.GraphQLAsync(
            "query($id: ID!) { article(id: $id, culture: \"es-US\") { id culture relatedResources { id culture name } faqs { cultures nodes { id culture } } } }",
            new { id = article })).Ok().GetProperty("article");

        Assert.Equal(articleEs, read.GetProperty("id").GetString());
        Assert.Equal([(lineEs, "es-US")], read.GetProperty("relatedResources").EnumerateArray().Select(r => (r.GetProperty("id").GetString(), r.GetProperty("culture").GetString())));
        Assert.Equal([faqEs], read.GetProperty("faqs").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Should_let_a_preview_token_read_its_own_translation_only()
    {
        var source = await site.PublishedFaqAsync("Is a preview token per language?", Answer);
        var spanish = await site.TranslationAsync(source, "es-US", new { question = "¿Un enlace de vista previa es por idioma?", slug = "enlace-de-vista-previa", answer = Respuesta });
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await site.Editor.PostAsJsonAsync("/api/preview-tokens", new { contentItemId = spanish, expiresInHours = 2 }));
        var token = GraphQLClient.Preview(created.GetProperty("token").GetString()!);

        var byId = await site.Reader.GraphQLAsync("query($id: ID!) { faq(id: $id, status: LATEST) { id culture question } }", new { id = spanish }, token);
        var bySlug = await site.Reader.GraphQLAsync("{ faq(slug: \"enlace-de-vista-previa\", status: LATEST, culture: \"es-US\") { id } }", headers: token);
        var sourceDraft = await site.Reader.GraphQLAsync("query($id: ID!) { faq(id: $id, status: LATEST) { id } }", new { id = source }, token);

        Assert.Equal(("es-US", "¿Un enlace de vista previa es por idioma?"), (byId.Ok().GetProperty("faq").GetProperty("culture").GetString(), byId.Ok().GetProperty("faq").GetProperty("question").GetString()));
        Assert.Equal(spanish, bySlug.Ok().GetProperty("faq").GetProperty("id").GetString());
        sourceDraft.Error("FORBIDDEN");
    }

    [Fact]
    public async Task Should_charge_translations_by_their_bound_and_refuse_a_nesting_over_the_budget_before_running()
    {
        var cheap = await site.Reader.GraphQLAsync("{ faqs(first: 5, culture: \"es-US\") { nodes { id translations { id } } } }");
        var deep = await site.Reader.GraphQLAsync("{ faqs(first: 100) { nodes { translations { translations { translations { translations { id } } } } } } }");

        cheap.Ok();
        Assert.Equal("MAX_COST_EXCEEDED", deep.Error("MAX_COST_EXCEEDED").GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(deep.Body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object, deep.Body.ToString());
    }

    private async Task<string> PublishedResourceAsync(string name)
    {
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await site.Editor.PostAsJsonAsync("/api/content", new NewContent("Resource", new { name, region = "US", isCrisisLine = true, phone = "+1 415 555 0123", hours = new { alwaysOpen = true }, languages = new[] { "English" } })));
        var id = created.GetProperty("contentItemId").GetString()!;
        await VerifyAndPublishAsync(id, english: true);
        return id;
    }

    // A crisis line's channels are verified by someone who did not write them (the reviewer, who did not), then it is published.
    private async Task VerifyAndPublishAsync(string id, bool english = false)
    {
        var (reviewer, name) = english ? (site.EnglishReviewer, LocalizedSite.EnglishReviewerName) : (site.SpanishReviewer, LocalizedSite.SpanishReviewerName);
        await ReviewTeam.MustAsync(site.Editor, id, "submit");
        await LocalizedSite.Approve(reviewer, name, id);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await reviewer.PostAsJsonAsync($"/api/resources/{id}/verify", new { version = "latest", method = "CalledTheLine", checkedUtc = DateTimeOffset.UtcNow.AddHours(-1), note = "Called the line.", password = name + ReviewTeam.PasswordSuffix }));
        await ReviewTeam.MustAsync(site.Editor, id, "publish");
    }

    private async Task<(string Id, JsonElement Version)> DraftArticleAsync(string title, string resource)
    {
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await site.Editor.PostAsJsonAsync("/api/content", new NewContent("Article", new { title, body = "Plan carefully.", relatedResources = new[] { resource } })));
        return (created.GetProperty("contentItemId").GetString()!, created);
    }
}
