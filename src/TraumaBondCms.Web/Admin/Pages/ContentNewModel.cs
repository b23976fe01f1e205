using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Admin.Editing;
using TraumaBondCms.Web.Content;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary><c>/admin/content/{type}/new</c>: the editor for a new item, generated from the type's definition; saving creates a draft.</summary>
public sealed class ContentNewModel(ICmsStore store, AdminReadService reads, ContentFormBinder binder, ContentDefinitionCache definitions, ContentService content)
    : ContentEditorPageModel(store, reads, binder)
{
    /// <summary>Shows the empty form with the fields' default values.</summary>
    public async Task<IActionResult> OnGetAsync(string type, CancellationToken cancellationToken)
    {
        if (!Actor.Has(Permissions.EditContent))
        {
            return Denied(Permissions.EditContent);
        }

        if (definitions.Catalog.Find(type) is not { } definition)
        {
            return NotFound();
        }

        var defaults = ContentFields.From(definition.Fields.Where(f => f.DefaultValue is not null).Select(f => KeyValuePair.Create(f.Name, f.DefaultValue!.Value)));
        await BuildEditorAsync(definition, Binder.FromFields(definition, defaults), null, false, cancellationToken);
        return Page();
    }

    /// <summary>Creates the item and opens it, or shows the form again with the user's values and the server's messages.</summary>
    public async Task<IActionResult> OnPostAsync(string type, CancellationToken cancellationToken)
    {
        if (!Actor.Has(Permissions.EditContent))
        {
            return Denied(Permissions.EditContent);
        }

        if (definitions.Catalog.Find(type) is not { } definition)
        {
            return NotFound();
        }

        var values = Binder.FromForm(definition, Request.Form);
        try
        {
            var item = await content.CreateAsync(definition.Name, Binder.ToJson(definition, values), Actor, cancellationToken);
            Flash = $"Created “{item.DisplayText}” as a draft (version {item.Version}).";
            TempData[nameof(ContentEditModel.SavedVersion)] = item.Version;
            return Redirect($"/admin/items/{item.ContentItemId}");
        }
        catch (Exception e) when (TryRecordRefusal(definition, e))
        {
            await BuildEditorAsync(definition, values, null, false, cancellationToken);
            return Page();
        }
    }
}
