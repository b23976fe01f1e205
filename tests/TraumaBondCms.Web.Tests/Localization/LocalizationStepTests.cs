using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Recipes;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Localization;

/// <summary>
/// The <c>Localization</c> recipe step on an installed site (the setup recipe enabled en-US, es-US and es-MX): cultures and
/// their fallback chains take effect at once, content can be written in them, and a step that would break the model is
/// refused whole, naming each problem.
/// </summary>
public sealed class LocalizationStepTests : IDisposable
{
    private readonly CmsTestHost _host = new();

    [Fact]
    public async Task Should_enable_a_culture_with_its_fallback_chain_when_a_recipe_adds_it()
    {
        await RunAsync("""
            { "name": "Localization", "defaultCulture": "en-US", "cultures": [
                { "name": "en-US" }, { "name": "es-US", "fallback": ["en-US"] }, { "name": "es-MX", "fallback": ["es-US"] }, { "name": "FR-ca", "displayName": "Français (Canada)" } ] }
            """);

        using var reader = _host.Anonymous();
        var cultures = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync("/api/cultures"));
        var french = cultures.GetProperty("cultures").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "fr-CA");
        Assert.Equal(["fr-CA", "en-US"], french.GetProperty("chain").EnumerateArray().Select(c => c.GetString()));
        var mexican = cultures.GetProperty("cultures").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "es-MX");
        Assert.Equal(["es-MX", "es-US", "en-US"], mexican.GetProperty("chain").EnumerateArray().Select(c => c.GetString()));
        using var editor = await _host.CreateUserAsync("editor.claire", "Editor");
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await editor.PostAsJsonAsync("/api/content", new { contentType = "Faq", culture = "fr-ca", fields = new { question = "Puis-je appeler pour une amie ?", answer = "Oui." } }));
        Assert.Equal("fr-CA", created.GetProperty("culture").GetString());
    }

    [Fact]
    public async Task Should_refuse_the_step_naming_each_problem_when_it_would_break_the_cultures()
    {
        var run = () => RunAsync("""
            { "name": "Localization", "defaultCulture": "de-DE", "cultures": [ { "name": "en-US", "fallback": ["pt-BR"] }, { "name": "klingon!" } ] }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(run);

        Assert.Contains("'klingon!' is not a culture name", error.Message, StringComparison.Ordinal);
        Assert.Contains("falls back to 'pt-BR', which is not enabled", error.Message, StringComparison.Ordinal);
        Assert.Contains("default culture 'de-DE' must be one of the enabled cultures", error.Message, StringComparison.Ordinal);
        Assert.Contains("Culture 'es-US' holds content", error.Message, StringComparison.Ordinal);
        using var reader = _host.Anonymous();
        var cultures = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync("/api/cultures"));
        Assert.Equal(["en-US", "es-US", "es-MX"], cultures.GetProperty("cultures").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    /// <inheritdoc />
    public void Dispose() => _host.Dispose();

    private Task RunAsync(string stepJson) =>
        _host.Services.GetRequiredService<RecipeRunner>().RunAsync(RecipeDocument.Parse($$"""{ "name": "localization-test", "steps": [ {{stepJson}} ] }""", "test"), CmsActor.System);
}
