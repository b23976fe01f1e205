using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Webhooks;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary><c>/admin/webhooks</c>: registered webhooks with their recent deliveries, registering one (its secret is shown once), and deleting.</summary>
[Authorize(Policy = Permissions.ManageWebhooks)]
public sealed class WebhooksModel(WebhookService webhooks) : AdminPageModel
{
    /// <summary>How many recent deliveries are shown per webhook.</summary>
    public const int DeliveriesShown = 5;

    /// <summary>Every webhook with its most recent deliveries.</summary>
    public IReadOnlyList<(Webhook Webhook, IReadOnlyList<WebhookDelivery> Deliveries)> Webhooks { get; private set; } = [];

    /// <summary>The event names to subscribe to.</summary>
    public IReadOnlyList<string> Events => ContentEvents.All;

    /// <summary>A webhook just registered, whose secret is shown this once.</summary>
    public Webhook? Created { get; private set; }

    /// <summary>Messages from a refused registration.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>The URL typed, kept after a refusal.</summary>
    [BindProperty]
    public string? WebhookUrl { get; set; }

    /// <summary>The description typed, kept after a refusal.</summary>
    [BindProperty]
    public string? Description { get; set; }

    /// <summary>The events ticked.</summary>
    [BindProperty]
    public List<string> SelectedEvents { get; set; } = [];

    /// <summary>Lists the webhooks.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Registers a webhook and shows its secret once.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            Created = await webhooks.CreateAsync(new NewWebhook { Url = WebhookUrl?.Trim() ?? string.Empty, Events = SelectedEvents, Description = Description }, Actor, cancellationToken);
            WebhookUrl = Description = null;
            SelectedEvents = [];
        }
        catch (ContentValidationException e)
        {
            Errors.AddRange(e.Errors.Select(x => x.Message));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Deletes a webhook and its deliveries.</summary>
    public async Task<IActionResult> OnPostDeleteAsync([FromForm] string? webhookId, CancellationToken cancellationToken)
    {
        if (await webhooks.DeleteAsync(webhookId ?? string.Empty, Actor, cancellationToken))
        {
            Flash = "Webhook deleted.";
        }
        else
        {
            FlashError = "There is no such webhook.";
        }

        return Redirect("/admin/webhooks");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var list = new List<(Webhook, IReadOnlyList<WebhookDelivery>)>();
        foreach (var webhook in await webhooks.ListAsync(Actor, cancellationToken))
        {
            list.Add((webhook, await webhooks.ListDeliveriesAsync(webhook.WebhookId, DeliveriesShown, Actor, cancellationToken) ?? []));
        }

        Webhooks = list;
    }
}
