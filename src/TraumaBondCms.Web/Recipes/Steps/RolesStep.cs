using System.Text.Json;
using TraumaBondCms.Core.Security;

namespace TraumaBondCms.Web.Recipes.Steps;

/// <summary>The <c>Roles</c> step: <c>{ "roles": [{ "name", "description", "permissions": [...] }] }</c>; adds or replaces roles by name.</summary>
public sealed class RolesStep : IRecipeStep
{
    /// <inheritdoc />
    public string Name => "Roles";

    /// <inheritdoc />
    public async Task ExecuteAsync(RecipeContext context, JsonElement step, CancellationToken cancellationToken)
    {
        var roles = RecipeStepJson.Read<RoleDefinition[]>(step, "roles", Name);
        var merged = context.Roles.ToDictionary(r => r.Name, StringComparer.Ordinal);
        foreach (var role in roles)
        {
            var unknown = role.Permissions.Except(Permissions.All, StringComparer.Ordinal).ToList();
            if (string.IsNullOrWhiteSpace(role.Name) || unknown.Count > 0)
            {
                throw new RecipeException($"Step 'Roles': role '{role.Name}' is invalid{(unknown.Count > 0 ? $"; unknown permissions: {string.Join(", ", unknown)}" : string.Empty)}.");
            }

            if (merged.TryGetValue(role.Name, out var existing) && existing.Description == role.Description && existing.Permissions.SequenceEqual(role.Permissions))
            {
                continue;
            }

            await context.Session.Users.UpsertRoleAsync(role, cancellationToken);
            merged[role.Name] = role;
            context.RolesChanged = true;
        }

        context.Roles = [.. merged.Values];
        context.Report($"Roles: {roles.Length} role(s).");
    }
}
