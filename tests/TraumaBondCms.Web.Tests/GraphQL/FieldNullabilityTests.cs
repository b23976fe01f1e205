using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Recipes;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>
/// Nullability follows the definition, for every field kind, optional and required: an item where no optional field was
/// ever set executes every field without an error (lists are empty, values null), required fields are non-null and
/// present, and a recipe cannot make a field required while a live item lacks it.
/// </summary>
public sealed class FieldNullabilityTests : IAsyncLifetime
{
    private static readonly (string Name, object Definition, string Selection, object? Value)[] Kinds =
    [
        ("text", new { kind = "Text" }, "", "words"),
        ("markdown", new { kind = "Markdown" }, "{ markdown html plainText ast }", "Some *text*."),
        ("date", new { kind = "Date" }, "", "2026-01-31"),
        ("flag", new { kind = "Boolean" }, "", true),
        ("count", new { kind = "Number", decimals = 0, min = 0, max = 10 }, "", 3),
        ("ratio", new { kind = "Number" }, "", 0.5),
        ("choice", new { kind = "Choice", options = new[] { "low", "high" } }, "", "low"),
        ("link", new { kind = "Link" }, "{ url text }", new { url = "https://example.org/", text = "Example" }),
        ("phone", new { kind = "Phone" }, "", "+18007997233"),
        ("tags", new { kind = "Tags", taxonomy = "Topic" }, "{ slug }", new[] { "abuse" }),
        ("picked", new { kind = "ContentPicker", allowedTypes = new[] { "Article" } }, "{ id }", new[] { "article-the-abuse-cycle" }),
        ("pickedMany", new { kind = "ContentPicker", allowedTypes = new[] { "Article" }, multiple = true }, "{ id }", new[] { "article-the-abuse-cycle" }),
        ("words", new { kind = "List", itemKind = "Text" }, "", new[] { "a", "b" }),
        ("links", new { kind = "List", itemKind = "Link" }, "{ url }", new[] { new { url = "https://example.org/" } }),
        ("hours", new { kind = "Hours" }, "{ alwaysOpen timeZone weekly { days opens closes } note text }", new { alwaysOpen = true }),
        ("image", new { kind = "Media" }, "{ id sha256 kind mimeType byteLength width height alt caption credit focalPoint { x y } dominantColor blurHash url small: url(width: 160, format: AVIF) srcSet }", ImageMarker),
        ("images", new { kind = "Media", multiple = true, maxItems = 4 }, "{ alt url(width: 320) }", ImageMarker),
        ("document", new { kind = "Media", mediaKinds = new[] { "Document" } }, "{ kind url width srcSet }", DocumentMarker),
    ];

    // Replaced by uses of assets uploaded before each test (the library must hold them before an item can use them).
    private const string ImageMarker = "@image";
    private const string DocumentMarker = "@document";

    private readonly CmsTestHost _host = new();
    private object? _image;
    private object? _document;

    public async Task InitializeAsync()
    {
        using var admin = await _host.AdminAsync();
        _image = Media.MediaApi.Use(await Media.MediaApi.UploadNewAsync(admin, Media.TestImages.Jpeg(200, 100, 70), "matrix.jpg"), "A grey gradient.");
        _document = Media.MediaApi.Use(await Media.MediaApi.UploadNewAsync(admin, Media.TestImages.Pdf(), "matrix.pdf"), "A one-page form.");
    }

    public Task DisposeAsync()
    {
        _host.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Should_execute_every_field_without_nulling_the_item_when_optional_fields_were_never_set()
    {
        await RunAsync(Recipe(Definition(), Item(requiredOnly: true)));
        using var reader = _host.Anonymous();

        // One query per half keeps the document under the alias limit (the field names tell the halves apart).
        var optional = await QueryAsync(reader, "Optional");
        var required = await QueryAsync(reader, "Required");

        foreach (var (name, _, _, _) in Kinds)
        {
            var unset = optional.GetProperty(name + "Optional");
            Assert.True(unset.ValueKind is JsonValueKind.Null || unset.GetArrayLength() == 0, $"{name}Optional: {unset}");
            var set = required.GetProperty(name + "Required");
            Assert.True(set.ValueKind is not JsonValueKind.Null && (set.ValueKind != JsonValueKind.Array || set.GetArrayLength() > 0), $"{name}Required: {set}");
        }
    }

    [Fact]
    public async Task Should_type_required_values_non_null_and_lists_non_null_when_the_schema_is_generated()
    {
        await RunAsync(Recipe(Definition(), Item(requiredOnly: true)));
        using var admin = await _host.AdminAsync();

        var response = await admin.GraphQLAsync("""{ __type(name: "KindMatrix") { fields { name type { kind ofType { kind } } } } }""");

        var kinds = response.Ok().GetProperty("__type").GetProperty("fields").EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("type").GetProperty("kind").GetString());
        Assert.Equal("NON_NULL", kinds["textRequired"]);
        Assert.Equal("NON_NULL", kinds["hoursRequired"]);
        Assert.Equal("NON_NULL", kinds["imageRequired"]);
        Assert.Equal("OBJECT", kinds["imageOptional"]);
        Assert.Equal("NON_NULL", kinds["imagesOptional"]);
        Assert.Equal("OBJECT", kinds["pickedRequired"]);
        Assert.Equal("NON_NULL", kinds["wordsOptional"]);
        Assert.Equal("SCALAR", kinds["textOptional"]);
    }

    [Fact]
    public async Task Should_refuse_a_recipe_that_makes_a_field_required_when_a_live_item_lacks_it()
    {
        await RunAsync(Recipe(Definition(), Item(requiredOnly: true)));
        var tightened = Definition(extraRequired: "textOptional");

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(Recipe(tightened)));

        Assert.Contains("matrix-1.textOptional", error.Message, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> QueryAsync(HttpClient reader, string suffix)
    {
        var response = await reader.GraphQLAsync($"{{ kindMatrix(id: \"matrix-1\") {{ id {string.Join(" ", Kinds.Select(k => $"{k.Name}{suffix} {k.Selection}"))} }} }}");
        return response.Ok().GetProperty("kindMatrix");
    }

    private static object Definition(string? extraRequired = null)
    {
        var fields = new List<object> { new { name = "title", kind = "Text", required = true } };
        foreach (var (name, definition, _, _) in Kinds)
        {
            foreach (var required in new[] { false, true })
            {
                var field = JsonSerializer.SerializeToNode(definition)!.AsObject();
                field["name"] = name + (required ? "Required" : "Optional");
                field["required"] = required || field["name"]!.GetValue<string>() == extraRequired;
                fields.Add(field);
            }
        }

        // Readers see its free text, so it follows the clinical workflow (issue 13).
        return new { name = "ContentDefinition", contentTypes = new[] { new { name = "KindMatrix", displayTextField = "title", workflow = "clinical", fields } } };
    }

    private object Item(bool requiredOnly)
    {
        var values = new Dictionary<string, object?> { ["title"] = "Every kind" };
        foreach (var (name, _, _, kindValue) in Kinds)
        {
            var value = kindValue switch { ImageMarker => _image, DocumentMarker => _document, _ => kindValue };
            values[name + "Required"] = value;
            if (!requiredOnly)
            {
                values[name + "Optional"] = value;
            }
        }

        // Published as sample content (allowed in the test hosts): the schema is under test, not review.
        return new { name = "Content", sample = true, items = new[] { new { contentItemId = "matrix-1", contentType = "KindMatrix", published = true, fields = values } } };
    }

    private static string Recipe(params object[] steps) => JsonSerializer.Serialize(new { name = "kind-matrix", steps });

    private Task RunAsync(string recipe) =>
        _host.Services.GetRequiredService<RecipeRunner>().RunAsync(RecipeDocument.Parse(recipe, "kind-matrix"), CmsActor.System);
}
