using System.Text.Json;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Recipes.Steps;

/// <summary>
/// The <c>Users</c> step: creates missing users and updates the roles, display name and credential of
/// existing ones (never their password). A new user's password comes from <c>password</c>, or from the
/// environment variable named by <c>passwordFromEnvironment</c>, or is generated and reported once.
/// </summary>
public sealed class UsersStep(UserAccounts accounts) : IRecipeStep
{
    /// <inheritdoc />
    public string Name => "Users";

    /// <inheritdoc />
    public async Task ExecuteAsync(RecipeContext context, JsonElement step, CancellationToken cancellationToken)
    {
        var users = RecipeStepJson.Read<RecipeUser[]>(step, "users", Name);
        var knownRoles = context.Roles.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in users)
        {
            try
            {
                var existing = await context.Session.Users.FindByNameAsync(entry.UserName, cancellationToken);
                if (existing is not null)
                {
                    var change = new UserChange { Roles = entry.Roles, DisplayName = entry.DisplayName, SetsCredential = entry.Credential is not null, Credential = entry.Credential };
                    await accounts.ChangeAsync(context.Session, existing, change, context.Actor, knownRoles, cancellationToken);
                    continue;
                }

                var password = entry.Password
                    ?? (entry.PasswordFromEnvironment is { } variable ? Environment.GetEnvironmentVariable(variable) : null);
                if (password is null)
                {
                    password = UserAccounts.GeneratePassword();
                    context.Report($"Users: generated password for '{entry.UserName}': {password}");
                }

                await accounts.CreateAsync(
                    context.Session,
                    new NewUser { UserName = entry.UserName, DisplayName = entry.DisplayName, Email = entry.Email, Password = password, Roles = entry.Roles ?? [], Credential = entry.Credential },
                    context.Actor,
                    knownRoles,
                    cancellationToken);
            }
            catch (Core.Content.ContentValidationException e)
            {
                throw new RecipeException($"Step 'Users', user '{entry.UserName}': {string.Join(" ", e.Errors.Select(x => x.Message))}", e);
            }
        }

        context.Report($"Users: {users.Length} user(s).");
    }

    private sealed record RecipeUser(
        string UserName,
        string? DisplayName,
        string? Email,
        IReadOnlyList<string>? Roles,
        string? Password,
        string? PasswordFromEnvironment,
        ReviewerCredential? Credential);
}
