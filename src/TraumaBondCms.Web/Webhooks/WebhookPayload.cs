using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Webhooks;

/// <summary>
/// The JSON body of a delivery, written once when the event is queued and sent unchanged on every retry:
/// <code>
/// {
///   "id": "01jq...",                 // the delivery id (also the X-TraumaBond-Delivery header)
///   "event": "content.published",    // content.published | content.unpublished | content.approved | content.review_overdue | schedule.skipped | content.withheld
///   "occurredUtc": "2025-03-01T09:30:00.0000000Z",
///   "contentItem": {
///     "contentItemId": "...", "contentItemVersionId": "...", "contentType": "Article",
///     "displayText": "...", "contentHash": "..."
///   },
///   "actor": "alice",                // the user who caused it; null for the system (scheduler, review monitor)
///   "schedule": {                    // schedule.skipped only: the schedule, its owner and why it was skipped
///     "scheduleId": "...", "action": "Publish", "dueUtc": "...", "owner": "editor.maya", "outcome": "Not carried out: ..."
///   },
///   "problem": "its stored fields hash to ..."   // content.withheld only: why the published version failed its integrity check
/// }
/// </code>
/// Property names and their order are stable; receivers should ignore properties they do not know.
/// </summary>
public static class WebhookPayload
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The payload of delivery <paramref name="deliveryId"/> for <paramref name="contentEvent"/>.</summary>
    public static string Create(string deliveryId, ContentEvent contentEvent)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("id", deliveryId);
            json.WriteString("event", contentEvent.Name);
            json.WriteString("occurredUtc", contentEvent.OccurredUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            json.WriteStartObject("contentItem");
            json.WriteString("contentItemId", contentEvent.ContentItemId);
            json.WriteString("contentItemVersionId", contentEvent.ContentItemVersionId);
            json.WriteString("contentType", contentEvent.ContentType);
            json.WriteString("displayText", contentEvent.DisplayText);
            json.WriteString("contentHash", contentEvent.ContentHash);
            json.WriteEndObject();
            json.WriteString("actor", contentEvent.Actor);
            if (contentEvent.Schedule is { } schedule)
            {
                json.WriteStartObject("schedule");
                json.WriteString("scheduleId", schedule.ScheduleId);
                json.WriteString("action", schedule.Action.ToString());
                json.WriteString("dueUtc", schedule.DueUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
                json.WriteString("owner", schedule.CreatedBy);
                json.WriteString("outcome", schedule.Outcome);
                json.WriteEndObject();
            }

            if (contentEvent.Problem is { } problem)
            {
                json.WriteString("problem", problem);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
