using Microsoft.Extensions.Options;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Webhooks;

/// <summary>Registers webhooks: options from <c>Cms:Webhooks</c>, the outbox sink, the HTTP client, the dispatcher and the review monitor.</summary>
public static class WebhookServiceCollectionExtensions
{
    /// <summary>Adds the webhook services; called from <c>AddCmsCore</c>.</summary>
    public static IServiceCollection AddCmsWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.Section))
            .Validate(o => o.DispatchInterval > TimeSpan.Zero && o.ReviewCheckInterval > TimeSpan.Zero && o.RetryBase > TimeSpan.Zero, "Cms:Webhooks intervals must be positive.")
            .Validate(o => o.MaxAttempts >= 1 && o.BatchSize >= 1, "Cms:Webhooks:MaxAttempts and BatchSize must be at least 1.")
            .Validate(o => o.RequestTimeout > TimeSpan.Zero && o.LeaseDuration > o.RequestTimeout * 2, "Cms:Webhooks:LeaseDuration must be more than twice the RequestTimeout, so a live dispatcher never loses a claim mid-send.")
            .ValidateOnStart();
        services.AddSingleton<IContentEventSink, WebhookOutbox>();
        services.AddSingleton<WebhookService>();
        services.AddSingleton<WebhookSender>();
        services.AddHttpClient(WebhookSender.HttpClientName)
            .ConfigureHttpClient((sp, client) => client.Timeout = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.RequestTimeout)
            // Redirects are not followed: a receiver must not be able to send our signed request somewhere else.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
        services.AddSingleton<ReviewOverdueMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<ReviewOverdueMonitor>());
        return services;
    }
}
