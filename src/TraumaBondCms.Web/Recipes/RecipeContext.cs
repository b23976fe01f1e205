using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Recipes;

/// <summary>
/// What a step works with while a recipe runs: the recipe's write session, the actor, and the definitions
/// and roles as the recipe has changed them so far (published to the caches only after commit).
/// </summary>
public sealed class RecipeContext(IStoreSession session, CmsActor actor, ContentDefinitionCatalog catalog, IReadOnlyList<RoleDefinition> roles, IReadOnlyList<WorkflowDefinition> workflows, IProgress<string>? progress)
{
    /// <summary>The recipe's transaction.</summary>
    public IStoreSession Session { get; } = session;

    /// <summary>The recipe's name (recorded, e.g., as the source of the risk rules it proposes).</summary>
    public string RecipeName { get; init; } = "recipe";

    /// <summary>Who runs the recipe.</summary>
    public CmsActor Actor { get; } = actor;

    /// <summary>The content definitions including changes made by earlier steps.</summary>
    public ContentDefinitionCatalog Catalog { get; set; } = catalog;

    /// <summary>The roles including changes made by earlier steps.</summary>
    public IReadOnlyList<RoleDefinition> Roles { get; set; } = roles;

    /// <summary>The workflows including changes made by earlier steps.</summary>
    public IReadOnlyList<WorkflowDefinition> Workflows { get; set; } = workflows;

    /// <summary>True when a step changed workflows.</summary>
    public bool WorkflowsChanged { get; set; }

    /// <summary>True when a step changed content definitions.</summary>
    public bool DefinitionsChanged { get; set; }

    /// <summary>True when a step changed roles.</summary>
    public bool RolesChanged { get; set; }

    /// <summary>The localization settings a step set; null when no step changed them.</summary>
    public Core.Localization.LocalizationSettings? Localization { get; set; }

    /// <summary>Reports a line of progress to the caller (the command line prints it).</summary>
    public void Report(string message) => progress?.Report(message);
}
