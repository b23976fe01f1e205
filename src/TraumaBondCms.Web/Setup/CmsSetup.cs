using Microsoft.Extensions.Options;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Configuration;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Recipes;

namespace TraumaBondCms.Web.Setup;

/// <summary>
/// Prepares the CMS before it serves: copies <c>App_Data_template/</c> into the data folder, applies schema
/// migrations, and on the very first start runs the setup recipe and creates the administrator in one
/// transaction (a failed first start leaves nothing half set up). Later starts only migrate and load. Every start
/// takes unreviewed sample content offline where it may not be served (<see cref="Governance.SampleWithdrawal"/>).
/// </summary>
public sealed class CmsSetup(
    CmsPaths paths,
    ICmsStore store,
    RecipeRunner recipes,
    UserAccounts accounts,
    RecipeRunWatcher recipeRuns,
    Governance.SampleWithdrawal samples,
    Signing.ServerSigningKeys signingKeys,
    IOptions<CmsOptions> options,
    TimeProvider clock,
    ILogger<CmsSetup> logger)
{
    /// <summary>The setting that records when setup completed.</summary>
    public const string CompletedSetting = "Setup:CompletedUtc";

    /// <summary>Runs the steps above; idempotent. <paramref name="output"/> receives lines to print once (the generated password).</summary>
    public async Task EnsureAsync(TextWriter output, CancellationToken cancellationToken = default)
    {
        CopyTemplate();
        foreach (var migration in await store.MigrateAsync(cancellationToken))
        {
            logger.LogInformation("Applied schema migration {Migration}", migration);
        }

        await recipeRuns.LoadAsync(cancellationToken);

        bool completed;
        await using (var read = await store.OpenReadAsync(cancellationToken))
        {
            completed = (await read.Site.GetSettingsAsync(cancellationToken)).ContainsKey(CompletedSetting);
        }

        if (!completed)
        {
            await RunFirstSetupAsync(output, cancellationToken);
        }

        await samples.EnforceAsync(cancellationToken);

        // The signing key file is read, or made with a first key, before any request needs it.
        _ = signingKeys.Ring;
    }

    private async Task RunFirstSetupAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var setup = options.Value.Setup;
        var recipe = await RecipeDocument.LoadAsync(CmsPaths.ResolveAppFile(setup.Recipe), cancellationToken);
        var generated = string.IsNullOrEmpty(setup.AdminPassword);
        var password = generated ? UserAccounts.GeneratePassword() : setup.AdminPassword!;

        await using var session = await store.BeginWriteAsync(cancellationToken);
        if ((await session.Site.GetSettingsAsync(cancellationToken)).ContainsKey(CompletedSetting))
        {
            // Another node on the same database finished setup while this one waited for the writer's turn.
            return;
        }

        var context = await recipes.RunInSessionAsync(session, recipe, CmsActor.System, new Progress<string>(m => logger.LogInformation("Setup: {Message}", m)), cancellationToken);
        if (await session.Users.FindByNameAsync(setup.AdminUserName, cancellationToken) is null)
        {
            var knownRoles = context.Roles.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
            await accounts.CreateAsync(
                session,
                new NewUser { UserName = setup.AdminUserName, DisplayName = "Administrator", Password = password, Roles = ["Administrator"] },
                CmsActor.System,
                knownRoles,
                cancellationToken);
        }

        await session.Site.SetSettingAsync(CompletedSetting, System.Text.Json.JsonSerializer.Serialize(clock.GetUtcNow()), cancellationToken);
        await session.CommitAsync(cancellationToken);

        // Read back with the run count, so the watcher does not load the same definitions again on its first look.
        await recipeRuns.LoadAsync(cancellationToken);

        logger.LogInformation("Setup complete: recipe '{Recipe}' applied, administrator '{Admin}' created.", recipe.Name, setup.AdminUserName);
        if (generated)
        {
            // Printed once, to the console only: it is never logged or stored in clear.
            await output.WriteLineAsync($"Administrator account '{setup.AdminUserName}' created with the generated password: {password}");
            await output.WriteLineAsync("Store it now; it will not be shown again. Change it with: users set-password " + setup.AdminUserName);
        }
    }

    private void CopyTemplate()
    {
        Directory.CreateDirectory(paths.DataPath);
        if (!Directory.Exists(paths.TemplatePath))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(paths.TemplatePath, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(paths.DataPath, Path.GetRelativePath(paths.TemplatePath, file));
            if (!File.Exists(target))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }
}
