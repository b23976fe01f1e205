using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Recipes;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Safety;
using TraumaBondCms.Web.Tests.Workflow;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>
/// Workflow statuses are an enum a typed client can switch on: <c>WorkflowStatus</c> has a value per status the workflows
/// list, follows a recipe that changes them without a restart, and answers <c>OTHER</c> (never an error that nulls the item)
/// for a status no current workflow lists.
/// </summary>
public sealed class WorkflowStatusEnumTests : IDisposable
{
    private readonly CmsTestHost _host = new();

    [Fact]
    public async Task Should_type_workflow_statuses_as_an_enum_of_the_workflows_statuses_when_the_schema_is_generated()
    {
        using var reader = _host.Anonymous();

        var type = (await reader.GraphQLAsync("""{ __type(name: "ContentItem") { fields { name type { kind ofType { kind name } } } } }""")).Ok();
        var values = await EnumValuesAsync(reader);
        var article = (await reader.GraphQLAsync("""{ article(id: "article-the-abuse-cycle") { workflowStatus } }""")).Ok();

        var field = type.GetProperty("__type").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "workflowStatus").GetProperty("type");
        Assert.Equal(("NON_NULL", "ENUM", "WorkflowStatus"), (field.GetProperty("kind").GetString(), field.GetProperty("ofType").GetProperty("kind").GetString(), field.GetProperty("ofType").GetProperty("name").GetString()));
        Assert.Superset(new HashSet<string> { "DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED", "UNPUBLISHED", "ARCHIVED", "SUPERSEDED", "APPROVAL_VOIDED", "OTHER" }, values.ToHashSet());
        Assert.Equal("PUBLISHED", article.GetProperty("article").GetProperty("workflowStatus").GetString());
    }

    [Fact]
    public async Task Should_add_the_value_without_a_restart_when_a_recipe_adds_a_status()
    {
        using var reader = _host.Anonymous();
        Assert.DoesNotContain("ON_HOLD", await EnumValuesAsync(reader));

        await RunAsync(Recipe(HoldingWorkflow(withHold: true)));

        Assert.Contains("ON_HOLD", await EnumValuesAsync(reader));
    }

    [Fact]
    public async Task Should_answer_other_when_a_version_is_in_a_status_no_workflow_lists_any_more()
    {
        await RunAsync(Recipe(HoldingWorkflow(withHold: true), MemoType()));
        using var admin = await _host.AdminAsync();
        var id = await SafetyApi.DraftAsync(admin, "Memo", new { title = "Staff rota" });
        var held = await ReviewTeam.MustAsync(admin, id, "hold");
        Assert.Equal("OnHold", held.GetProperty("to").GetString());

        await RunAsync(Recipe(HoldingWorkflow(withHold: false)));
        var memo = await admin.GraphQLAsync("query($id: ID!) { memo(id: $id, status: LATEST) { title workflowStatus } }", new { id });

        Assert.DoesNotContain("ON_HOLD", await EnumValuesAsync(admin));
        Assert.Equal(("Staff rota", "OTHER"), (memo.Ok().GetProperty("memo").GetProperty("title").GetString(), memo.Ok().GetProperty("memo").GetProperty("workflowStatus").GetString()));
    }

    [Fact]
    public async Task Should_refuse_a_workflow_when_a_status_cannot_be_an_enum_value()
    {
        var workflow = new { name = "Workflow", workflows = new[] { new { name = "spaced", statuses = new[] { "Draft", "In review" }, initialStatus = "Draft", editableIn = new[] { "Draft" }, transitions = Array.Empty<object>() } } };

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(Recipe(workflow)));

        Assert.Contains("status 'In review' must be letters and digits", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _host.Dispose();

    private static async Task<string[]> EnumValuesAsync(HttpClient client) =>
        (await client.GraphQLAsync("""{ __type(name: "WorkflowStatus") { enumValues { name } } }""")).Ok()
            .GetProperty("__type").GetProperty("enumValues").EnumerateArray().Select(v => v.GetProperty("name").GetString()!).ToArray();

    // A small reviewed workflow, with or without the OnHold status.
    private static object HoldingWorkflow(bool withHold)
    {
        string[] statuses = withHold ? ["Draft", "OnHold", "Approved"] : ["Draft", "Approved"];
        var approve = new { name = "approve", from = new[] { "Draft" }, to = "Approved", roles = new[] { "ClinicalReviewer" }, effect = "Approve" };
        var transitions = withHold
            ? new object[] { approve, new { name = "hold", from = new[] { "Draft" }, to = "OnHold", roles = new[] { "Administrator" } } }
            : [approve];
        return new { name = "Workflow", workflows = new[] { new { name = "holding", statuses, initialStatus = "Draft", editableIn = new[] { "Draft" }, requiresApproval = true, transitions } } };
    }

    private static object MemoType() => new
    {
        name = "ContentDefinition",
        contentTypes = new[] { new { name = "Memo", displayTextField = "title", workflow = "holding", fields = new[] { new { name = "title", kind = "Text", required = true } } } },
    };

    private static string Recipe(params object[] steps) => JsonSerializer.Serialize(new { name = "workflow-status", steps });

    private Task RunAsync(string recipe) =>
        _host.Services.GetRequiredService<RecipeRunner>().RunAsync(RecipeDocument.Parse(recipe, "workflow-status"), CmsActor.System);
}
