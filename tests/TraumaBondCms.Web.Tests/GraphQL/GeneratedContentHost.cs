using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Recipes;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>
/// A host with the setup recipe's content plus <see cref="Count"/> generated, published articles (added by a recipe's
/// sample step, which the test hosts serve as unreviewed samples), with many ties: <c>readingMinutes</c> is 1 to 7 and <c>audience</c> cycles through its four options.
/// Anonymous introspection is off here, so that setting is tested too.
/// </summary>
public sealed class GeneratedContentHost : IAsyncLifetime
{
    /// <summary>How many articles are generated.</summary>
    public const int Count = 1000;

    /// <summary>The title prefix of generated articles.</summary>
    public const string TitlePrefix = "Generated article ";

    private static readonly string[] Audiences = ["general", "survivors", "supporters", "professionals"];

    /// <summary>The host.</summary>
    public CmsTestHost Host { get; private set; } = null!;

    /// <summary>The reading minutes of generated article <paramref name="i"/>.</summary>
    public static int ReadingMinutes(int i) => (i % 7) + 1;

    /// <summary>The audience of generated article <paramref name="i"/>.</summary>
    public static string Audience(int i) => Audiences[i % Audiences.Length];

    /// <summary>The title of generated article <paramref name="i"/>.</summary>
    public static string Title(int i) => $"{TitlePrefix}{i:0000}";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Host = new CmsTestHost(settings: new Dictionary<string, string?>
        {
            ["Cms:GraphQL:ExposeSqlCommandCount"] = "true",
            ["Cms:GraphQL:AllowAnonymousIntrospection"] = "false",
        });
        var items = Enumerable.Range(0, Count).Select(i => new
        {
            contentItemId = $"generated-{i:0000}",
            contentType = "Article",
            published = true,
            fields = new
            {
                title = Title(i),
                body = $"Generated body {i}.",
                summary = $"Summary {i}.",
                readingMinutes = ReadingMinutes(i),
                audience = Audience(i),
                topics = i % 3 == 0 ? new[] { "trauma-bonding" } : ["abuse", "gaslighting"],
                relatedResources = new[] { "resource-us-ndvh", "resource-us-988-lifeline" },
            },
        });
        var recipe = JsonSerializer.Serialize(new { name = "generated-articles", steps = new object[] { new { name = "Content", sample = true, items } } });
        await Host.Services.GetRequiredService<RecipeRunner>().RunAsync(RecipeDocument.Parse(recipe, "generated-articles"), CmsActor.System);
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }
}
