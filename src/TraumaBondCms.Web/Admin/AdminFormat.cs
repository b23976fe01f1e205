using System.Globalization;
using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Web.Admin;

/// <summary>How the admin UI writes dates, statuses and field values. Pure and thread-safe.</summary>
public static class AdminFormat
{
    /// <summary>A time as <c>2026-05-04 09:30 UTC</c>; an em dash for null.</summary>
    public static string Time(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" : "—";

    /// <summary>The machine-readable form for a <c>&lt;time datetime&gt;</c> attribute.</summary>
    public static string IsoTime(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>The CSS class of a workflow status badge (<c>badge badge-inreview</c>); unknown statuses get the neutral badge.</summary>
    public static string BadgeClass(string status) => "badge badge-" + status.ToLowerInvariant() switch
    {
        "draft" or "inreview" or "changesrequested" or "approved" or "published" or "unpublished" or "archived" or "superseded" => status.ToLowerInvariant(),
        _ => "neutral",
    };

    /// <summary>A status for people: <c>InReview</c> becomes "In review", <c>ChangesRequested</c> "Changes requested".</summary>
    public static string StatusLabel(string status)
    {
        var words = new System.Text.StringBuilder();
        foreach (var c in status)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(c);
            }
        }

        return words.ToString();
    }

    /// <summary>A stored JSON value as short text for tables and diffs: strings as is, arrays comma-separated, links as "text (url)".</summary>
    public static string Value(JsonElement? value) => value switch
    {
        null => "—",
        { ValueKind: JsonValueKind.String } v => v.GetString()!,
        { ValueKind: JsonValueKind.True } => "yes",
        { ValueKind: JsonValueKind.False } => "no",
        { ValueKind: JsonValueKind.Array } v => string.Join(", ", v.EnumerateArray().Select(e => Value(e))),
        { ValueKind: JsonValueKind.Object } v when v.TryGetProperty("url", out var url) =>
            v.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 } t ? $"{t} ({url.GetString()})" : url.GetString()!,
        { } v => v.GetRawText(),
    };

    /// <summary>
    /// A message from the server in the words the editor sees on screen: field names the rules quote (<c>'contentWarning'</c>)
    /// become the labels of <paramref name="type"/>'s form (“Content warning”). Other text is kept as written.
    /// </summary>
    public static string Plain(string message, ContentTypeDefinition type)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(type);
        foreach (var field in type.Fields)
        {
            message = message.Replace($"'{field.Name}'", $"“{field.Label}”", StringComparison.Ordinal);
        }

        return message;
    }

    /// <summary>What a check finding's severity means for an editor: an error blocks review; a warning needs a reviewer's reason.</summary>
    public static string FindingLead(CheckSeverity severity) => severity == CheckSeverity.Error
        ? "Fix before review"
        : "Check this";
}
