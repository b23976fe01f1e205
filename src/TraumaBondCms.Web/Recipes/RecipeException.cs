namespace TraumaBondCms.Web.Recipes;

/// <summary>A recipe could not run; the message names the recipe, step and problem. Nothing of the recipe was kept.</summary>
public sealed class RecipeException(string message, Exception? inner = null) : Exception(message, inner);
