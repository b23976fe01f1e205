using System.Text.Json;
using TraumaBondCms.Core.Serialization;

namespace TraumaBondCms.Web.Recipes;

/// <summary>Reads a step's properties into typed records, turning JSON errors into <see cref="RecipeException"/>s that name the step.</summary>
internal static class RecipeStepJson
{
    public static T Read<T>(JsonElement step, string property, string stepName)
    {
        if (!step.TryGetProperty(property, out var value))
        {
            throw new RecipeException($"Step '{stepName}' needs a \"{property}\" property.");
        }

        try
        {
            return value.Deserialize<T>(CmsJson.Options) ?? throw new RecipeException($"Step '{stepName}': \"{property}\" is null.");
        }
        catch (JsonException e)
        {
            throw new RecipeException($"Step '{stepName}': \"{property}\" is malformed: {e.Message}", e);
        }
    }
}
