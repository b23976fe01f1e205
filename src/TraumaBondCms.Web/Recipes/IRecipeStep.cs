using System.Text.Json;

namespace TraumaBondCms.Web.Recipes;

/// <summary>One kind of recipe step, chosen by the step's <c>name</c>.</summary>
public interface IRecipeStep
{
    /// <summary>The step name this handles, e.g. <c>ContentDefinition</c>.</summary>
    string Name { get; }

    /// <summary>Applies the step inside the recipe's transaction.</summary>
    Task ExecuteAsync(RecipeContext context, JsonElement step, CancellationToken cancellationToken);
}
