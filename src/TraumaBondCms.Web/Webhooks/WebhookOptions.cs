namespace TraumaBondCms.Web.Webhooks;

/// <summary>
/// The <c>Cms:Webhooks</c> configuration section: how often deliveries are sent, how long one may take, and how failed
/// ones are retried. Retries wait <see cref="RetryBase"/> times 1, 6, 30, 180, 720 and then 2160 (with the default
/// base of 10 seconds: 10 s, 1 min, 5 min, 30 min, 2 h, then 6 h between each further attempt), until
/// <see cref="MaxAttempts"/> attempts were made.
/// </summary>
public sealed class WebhookOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Cms:Webhooks";

    /// <summary>Send deliveries and announce overdue reviews in this process. Default true; turn off on read-only instances.</summary>
    public bool RunDispatcher { get; set; } = true;

    /// <summary>How often the dispatcher looks for due deliveries. Default 5 seconds.</summary>
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The wait before the first retry; later retries wait multiples of it (see the class summary). Default 10 seconds.</summary>
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts (the first included) before a delivery is given up as Failed. Default 8.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How long the receiver has to answer one attempt, connection included. Default 10 seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a dispatcher holds the deliveries it claimed; when it crashes, another dispatcher may send them once this
    /// has passed. Kept well above <see cref="RequestTimeout"/>, so a live dispatcher never loses a claim mid-send. Default 2 minutes.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Deliveries claimed and sent (concurrently) per round. Default 16.</summary>
    public int BatchSize { get; set; } = 16;

    /// <summary>How often published items are checked for overdue clinical reviews to announce. Default 15 minutes.</summary>
    public TimeSpan ReviewCheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    // Multiples of RetryBase after the 1st, 2nd, ... failed attempt; the last repeats.
    private static readonly int[] RetryFactors = [1, 6, 30, 180, 720, 2160];

    /// <summary>The wait after the <paramref name="failedAttempts"/>-th failed attempt (1 for the first).</summary>
    public TimeSpan RetryDelay(int failedAttempts) =>
        RetryBase * RetryFactors[Math.Clamp(failedAttempts, 1, RetryFactors.Length) - 1];
}
