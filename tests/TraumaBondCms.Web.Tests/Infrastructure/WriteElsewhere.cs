using System.Text.Json;

namespace TraumaBondCms.Web.Tests.Infrastructure;

/// <summary>
/// A change committed by another process on a node's database (the command line's <c>recipe run</c>, as an operator runs
/// it beside a server), which a node started with <see cref="Settings"/> hears of only when it commits something itself:
/// its polls are ten minutes apart and the webhook dispatcher, which commits a claim every round, is off. Until then the
/// change waits in the search change log, unapplied: lag that a test can look at.
/// </summary>
public static class WriteElsewhere
{
    /// <summary>Settings for a node that learns of other processes' commits only through its own.</summary>
    public static Dictionary<string, string?> Settings => new()
    {
        ["Cms:Search:PollInterval"] = "00:10:00",
        ["Cms:Database:ChangePollInterval"] = "00:10:00",
        ["Cms:Webhooks:RunDispatcher"] = "false",
    };

    /// <summary>Publishes a Topic (as sample content) with the command line in its own process, on <paramref name="dataPath"/>; asserts it succeeded.</summary>
    public static async Task PublishTopicAsync(string dataPath, string id, string title, string description)
    {
        var recipe = Path.Combine(dataPath, $"{id}.recipe.json");
        await File.WriteAllTextAsync(recipe, JsonSerializer.Serialize(new
        {
            name = "written elsewhere",
            // Sample content (the test hosts serve it, marked unreviewed): a recipe publishes nothing else without a signature.
            steps = new object[] { new { name = "Content", sample = true, items = new[] { new { contentItemId = id, contentType = "Topic", published = true, fields = new { title, slug = id, description } } } } },
        }));

        var run = await CliProcess.RunAsync(dataPath, null, "recipe", "run", recipe);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
    }
}
