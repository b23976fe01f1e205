namespace TraumaBondCms.Core.Security;

/// <summary>
/// The permissions the code checks. Roles are data (the <c>Roles</c> recipe step grants permissions to
/// role names); code never asks for a role, only for a permission.
/// </summary>
public static class Permissions
{
    /// <summary>Read drafts and the latest versions of items, and the editorial search index.</summary>
    public const string ViewDrafts = nameof(ViewDrafts);

    /// <summary>Create and edit items (drafts).</summary>
    public const string EditContent = nameof(EditContent);

    /// <summary>Soft-delete items.</summary>
    public const string DeleteContent = nameof(DeleteContent);

    /// <summary>Publish, schedule and unpublish items.</summary>
    public const string PublishContent = nameof(PublishContent);

    /// <summary>Approve versions or request changes, as a clinical reviewer.</summary>
    public const string ReviewContent = nameof(ReviewContent);

    /// <summary>Create users, set roles, passwords and reviewer credentials.</summary>
    public const string ManageUsers = nameof(ManageUsers);

    /// <summary>Change site settings.</summary>
    public const string ManageSettings = nameof(ManageSettings);

    /// <summary>Run recipes, which may redefine content types.</summary>
    public const string RunRecipes = nameof(RunRecipes);

    /// <summary>Read the audit log.</summary>
    public const string ViewAuditLog = nameof(ViewAuditLog);

    /// <summary>Register and remove webhooks.</summary>
    public const string ManageWebhooks = nameof(ManageWebhooks);

    /// <summary>Record that a crisis resource's contact details were checked (a verification record; no new version).</summary>
    public const string VerifyResources = nameof(VerifyResources);

    /// <summary>Every permission the code knows, for validating recipes.</summary>
    public static IReadOnlyList<string> All { get; } =
        [ViewDrafts, EditContent, DeleteContent, PublishContent, ReviewContent, ManageUsers, ManageSettings, RunRecipes, ViewAuditLog, ManageWebhooks, VerifyResources];
}
