using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Recipes;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>
/// The setup recipe's content plus <see cref="Count"/> published FAQs on one article and topic (the shape of the cost
/// bypass: every FAQ points at <c>article-the-abuse-cycle</c> and is tagged <c>trauma-bonding</c>), each answer about
/// 2 KB of Markdown. Command counts are exposed, so tests can see that a refused request ran nothing.
/// </summary>
public sealed class ManyFaqsHost : IAsyncLifetime
{
    /// <summary>How many FAQs are generated.</summary>
    public const int Count = 320;

    /// <summary>The host.</summary>
    public CmsTestHost Host { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Host = new CmsTestHost(settings: new Dictionary<string, string?> { ["Cms:GraphQL:ExposeSqlCommandCount"] = "true" });
        var paragraph = "Feeling pulled back toward someone who hurt you is a *common* response to intermittent kindness. ";
        var items = Enumerable.Range(0, Count).Select(i => new
        {
            contentItemId = $"many-faq-{i:000}",
            contentType = "Faq",
            published = true,
            fields = new
            {
                question = $"Generated question {i:000}?",
                answer = string.Concat(Enumerable.Repeat(paragraph, 20)),
                article = new[] { "article-the-abuse-cycle" },
                topics = new[] { "trauma-bonding" },
                position = 100 + i,
            },
        });
        // Sample content (served unreviewed outside Production only, as in the test hosts): a recipe publishes nothing else without a signature.
        var recipe = JsonSerializer.Serialize(new { name = "many-faqs", steps = new object[] { new { name = "Content", sample = true, items } } });
        await Host.Services.GetRequiredService<RecipeRunner>().RunAsync(RecipeDocument.Parse(recipe, "many-faqs"), CmsActor.System);
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }
}
