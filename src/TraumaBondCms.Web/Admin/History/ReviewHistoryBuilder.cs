using System.Globalization;
using System.Text.Json;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Web.Admin.History;

/// <summary>
/// Turns an item's audit trail, approvals, comments and versions into its review history. The audit trail gives the order
/// (one sequence for everything written in the item's transactions); the approvals give each signature's manifestation
/// (and why it was voided); the comments give their text and resolution (a resolved comment is kept, collapsed). Where one
/// action wrote several entries (an approval writes the signature and the transition; an emergency unpublish writes the
/// unpublish and the transition) they become one event. Pure and thread-safe.
/// </summary>
public static class ReviewHistoryBuilder
{
    /// <summary>Entries that are not events of the item's review: refusals and denials (the audit log keeps them), and comment entries (told by the comments themselves).</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        AuditActions.WorkflowRefused, AuditActions.PermissionDenied, AuditActions.CommentResolved,
    };

    /// <summary>The history from <paramref name="entries"/> (the item's audit entries, in any order) and the item's other records.</summary>
    public static IReadOnlyList<ReviewEvent> Build(
        IEnumerable<AuditEntry> entries, IReadOnlyList<Approval> approvals, IReadOnlyList<ReviewComment> comments, IReadOnlyList<ContentItem> versions, WorkflowDefinition? workflow)
    {
        var numbers = versions.ToDictionary(v => v.ContentItemVersionId, v => v.Version, StringComparer.Ordinal);
        var approvalsById = approvals.ToDictionary(a => a.ApprovalId, StringComparer.Ordinal);
        var commentsById = comments.ToDictionary(c => c.CommentId, StringComparer.Ordinal);
        var told = new HashSet<string>(StringComparer.Ordinal);
        var events = new List<ReviewEvent>();
        foreach (var entry in entries.OrderBy(e => e.Id).ThenBy(e => e.OccurredUtc))
        {
            if (Skipped.Contains(entry.Action))
            {
                continue;
            }

            var version = entry.ContentItemVersionId is { } vid && numbers.TryGetValue(vid, out var n) ? n : (int?)null;
            var details = Details(entry);
            var e = new ReviewEvent { Kind = ReviewEventKind.Other, OccurredUtc = entry.OccurredUtc, Actor = entry.Actor, Version = version, Title = string.Empty };
            switch (entry.Action)
            {
                case AuditActions.ContentCreated:
                    events.Add(e with { Kind = ReviewEventKind.Created, Title = $"Created version {version}" });
                    break;
                case AuditActions.ContentUpdated:
                    events.Add(e with { Kind = ReviewEventKind.Saved, Title = $"Saved version {version}" });
                    break;
                case AuditActions.ContentRestored:
                    Merge(events, ReviewEventKind.Saved, version, last => last with { Title = $"Saved version {version}, {entry.Reason}", Text = null }, e with { Kind = ReviewEventKind.Saved, Title = $"Saved version {version}, {entry.Reason}" });
                    break;
                case AuditActions.ApprovalSigned when Text(details, "ApprovalId") is { } approvalId && approvalsById.TryGetValue(approvalId, out var approval):
                    var signature = Manifest(approval, numbers);
                    events.Add(e with
                    {
                        Kind = ReviewEventKind.Approved,
                        Title = approval.Kind == ApprovalKind.Renewal ? $"Confirmed the clinical review of version {version}" : $"Approved version {version} with a signature",
                        Signature = signature,
                    });
                    break;
                case AuditActions.ChecksOverridden:
                    Merge(events, ReviewEventKind.Approved, version, last => last with { Signature = last.Signature! with { OverrideReason = entry.Reason } }, e with { Title = "Signed despite the safety checks' warnings", Text = entry.Reason });
                    break;
                case AuditActions.ApprovalVoided:
                    var voided = Text(details, "ApprovalId") is { } voidedId && approvalsById.TryGetValue(voidedId, out var a) ? a : null;
                    events.Add(e with
                    {
                        Kind = ReviewEventKind.ApprovalVoided,
                        Title = $"The approval of version {version} no longer counts" + (voided is null ? string.Empty : $" ({voided.ReviewerDisplayName}'s signature)"),
                        Text = entry.Reason is { } why ? "Why: " + why.TrimEnd('.') + "." : null,
                    });
                    break;
                case AuditActions.ContentPublished:
                    events.Add(e with { Kind = ReviewEventKind.Published, Title = $"Published version {version}", Text = entry.Reason });
                    break;
                case AuditActions.ContentUnpublished:
                    events.Add(e with { Kind = ReviewEventKind.Unpublished, Title = $"Unpublished version {version}", Text = entry.Reason });
                    break;
                case AuditActions.WorkflowTransition:
                    Transition(events, e, entry, details, workflow, comments, told);
                    break;
                case AuditActions.CommentAdded when Text(details, "CommentId") is { } commentId && commentsById.TryGetValue(commentId, out var comment) && told.Add(commentId):
                    events.Add(CommentEvent(e, comment, numbers));
                    break;
                case AuditActions.CommentAdded:
                    break;
                case AuditActions.ResourceVerified:
                    events.Add(e with
                    {
                        Kind = ReviewEventKind.Verified,
                        Title = $"Verified the contact details of version {version}" + (Text(details, "verifiedBy") is { } by ? $" ({by})" : string.Empty),
                        Text = entry.Reason,
                        Detail = Text(details, "kind") is { } kind ? "Verification: " + kind : null,
                    });
                    break;
                case AuditActions.ScheduleCreated or AuditActions.ScheduleCancelled or AuditActions.ScheduleSkipped:
                    var what = (Text(details, "action") ?? "action").ToLowerInvariant();
                    var due = details is { } d && d.TryGetProperty("DueUtc", out var dueValue) && dueValue.TryGetDateTimeOffset(out var dueAt) ? AdminFormat.Time(dueAt) : null;
                    events.Add(e with
                    {
                        Kind = ReviewEventKind.Schedule,
                        Title = entry.Action switch
                        {
                            AuditActions.ScheduleCreated => $"Scheduled to {what} version {version}" + (due is null ? string.Empty : " at " + due),
                            AuditActions.ScheduleCancelled => $"Cancelled the scheduled {what}" + (due is null ? string.Empty : " of " + due),
                            _ => $"The scheduled {what} did not happen",
                        },
                        Text = entry.Reason,
                    });
                    break;
                case "preview_token.created" or "preview_token.revoked":
                    var until = details is { } p && p.TryGetProperty("ExpiresUtc", out var expires) && expires.TryGetDateTimeOffset(out var expiresAt) ? AdminFormat.Time(expiresAt) : null;
                    events.Add(e with
                    {
                        Kind = ReviewEventKind.PreviewLink,
                        Title = entry.Action.EndsWith("created", StringComparison.Ordinal) ? "Created a preview link for an external reviewer" + (until is null ? string.Empty : ", valid until " + until) : "Revoked a preview link",
                    });
                    break;
                default:
                    // An action this page has no words for yet (a newer feature's): shown as recorded, never dropped.
                    events.Add(e with { Title = Humanize(entry.Action), Text = entry.Reason });
                    break;
            }
        }

        // Comments that left no audit entry of their own (there are none today) still belong in the record.
        foreach (var comment in comments.Where(c => !told.Contains(c.CommentId)))
        {
            var at = events.FindLastIndex(x => x.OccurredUtc <= comment.CreatedUtc) + 1;
            events.Insert(at, CommentEvent(new ReviewEvent { Kind = ReviewEventKind.Comment, OccurredUtc = comment.CreatedUtc, Title = string.Empty, Actor = comment.Author }, comment, numbers));
        }

        return events;
    }

    private static void Transition(List<ReviewEvent> events, ReviewEvent e, AuditEntry entry, JsonElement? details, WorkflowDefinition? workflow, IReadOnlyList<ReviewComment> comments, HashSet<string> told)
    {
        var name = Text(details, "transition") ?? string.Empty;
        var effect = Text(details, "effect");
        var label = workflow?.Find(name)?.Label ?? Humanize(name);
        switch (effect)
        {
            case nameof(WorkflowEffect.Approve) or nameof(WorkflowEffect.RenewReview) or nameof(WorkflowEffect.Publish):
                // Told by the signature's and the publication's own entries.
                return;
            case nameof(WorkflowEffect.EmergencyUnpublish):
                Merge(events, ReviewEventKind.Unpublished, e.Version, last => last with
                {
                    Kind = ReviewEventKind.EmergencyUnpublished,
                    Title = $"Emergency unpublish of version {e.Version}: taken offline at once and flagged for clinical follow-up",
                    Text = entry.Reason is { } reason ? "Reason: " + reason : null,
                }, e with { Kind = ReviewEventKind.EmergencyUnpublished, Title = "Emergency unpublish", Text = entry.Reason });
                return;
            case nameof(WorkflowEffect.Unpublish):
                Merge(events, ReviewEventKind.Unpublished, e.Version, last => last, e with { Kind = ReviewEventKind.Unpublished, Title = "Unpublished", Text = entry.Reason });
                return;
            case nameof(WorkflowEffect.RequestChanges):
                // The comment the reviewer typed with the request is stored as a review comment: shown here, with its resolution.
                var comment = comments.FirstOrDefault(c => !told.Contains(c.CommentId) && c.ContentItemVersionId == entry.ContentItemVersionId
                    && c.Author == entry.Actor && string.Equals(c.Body, entry.Reason?.Trim(), StringComparison.Ordinal));
                if (comment is not null)
                {
                    told.Add(comment.CommentId);
                }

                events.Add(e with { Kind = ReviewEventKind.ChangesRequested, Title = $"Requested changes to version {e.Version}", Text = entry.Reason, Comment = comment });
                return;
        }

        var kind = name switch
        {
            "submit" => ReviewEventKind.Submitted,
            "withdraw" => ReviewEventKind.Withdrawn,
            _ => ReviewEventKind.Other,
        };
        var title = kind switch
        {
            ReviewEventKind.Submitted => $"Submitted version {e.Version} for review",
            ReviewEventKind.Withdrawn => $"Withdrew version {e.Version} from review",
            _ => $"{label}: version {e.Version} is now {AdminFormat.StatusLabel(entry.ToStatus ?? "?").ToLowerInvariant()}",
        };
        events.Add(e with { Kind = kind, Title = title, Text = entry.Reason });
    }

    private static ReviewEvent CommentEvent(ReviewEvent e, ReviewComment comment, Dictionary<string, int> numbers) => e with
    {
        Kind = ReviewEventKind.Comment,
        Title = $"Commented on version {(numbers.TryGetValue(comment.ContentItemVersionId, out var n) ? n : null)}",
        Version = numbers.TryGetValue(comment.ContentItemVersionId, out var v) ? v : null,
        Text = comment.Body,
        Comment = comment,
    };

    // Who confirmed the credential the reviewer signed with (the two-person rule), as the approval recorded it.
    private static string? VouchedBy(Approval approval) => approval switch
    {
        { Kind: ApprovalKind.Recipe } => null,
        { CredentialConfirmedBy: { } admin } => $"{admin}, {AdminFormat.Time(approval.CredentialConfirmedUtc)}",
        { CredentialIndependentlyConfirmed: false } => "nobody independently: signed in single-administrator mode",
        _ => null,
    };

    private static SignatureManifestation Manifest(Approval approval, Dictionary<string, int> numbers)
    {
        var version = numbers.TryGetValue(approval.ContentItemVersionId, out var n) ? n : (int?)null;
        return new SignatureManifestation
        {
            SignerName = approval.ReviewerDisplayName,
            UserName = approval.Reviewer,
            Credential = approval.Credential,
            VouchedBy = VouchedBy(approval),
            SignedUtc = approval.SignedUtc,
            Meaning = approval.Meaning ?? SignatureManifestation.MeaningOf(approval.Kind, version),
            Kind = approval.Kind,
            Version = version,
            ContentHash = approval.ContentHash,
            Comment = approval.Comment,
            VoidedUtc = approval.VoidedUtc,
            VoidedReason = approval.VoidedReason,
        };
    }

    // Folds a follow-up entry into the last event of the same kind and version, or adds it alone when there is none.
    private static void Merge(List<ReviewEvent> events, ReviewEventKind kind, int? version, Func<ReviewEvent, ReviewEvent> change, ReviewEvent alone)
    {
        var at = events.FindLastIndex(x => x.Kind == kind && x.Version == version);
        if (at >= 0)
        {
            events[at] = change(events[at]);
        }
        else
        {
            events.Add(alone);
        }
    }

    private static JsonElement? Details(AuditEntry entry)
    {
        if (entry.Details is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(entry.Details);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement? details, string name) =>
        details is { } d && d.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // "credential.vouched" → "Credential vouched"; "renewReview" → "Renew review".
    private static string Humanize(string name)
    {
        var words = AdminFormat.StatusLabel(name.Replace('.', ' ').Replace('_', ' '));
        return words.Length == 0 ? name : char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }
}
