using TraumaBondCms.Core.Diff;

namespace TraumaBondCms.Web.Workflow;

/// <summary>The JSON shape of a version diff: the two versions compared and, per field, the change and (for text) the word-level segments with an HTML rendering.</summary>
public sealed record DiffResponse(int? FromVersion, string? FromVersionId, int ToVersion, string ToVersionId, bool HasChanges, IReadOnlyList<object> Fields)
{
    /// <summary>Maps a diff.</summary>
    public static DiffResponse From(VersionDiff diff) => new(
        diff.From?.Version,
        diff.From?.ContentItemVersionId,
        diff.To.Version,
        diff.To.ContentItemVersionId,
        diff.Diff.HasChanges,
        diff.Diff.Fields.Select(f => (object)new
        {
            field = f.Field,
            label = f.Label,
            kind = f.Kind?.ToString(),
            change = f.Change.ToString(),
            before = f.Before,
            after = f.After,
            segments = f.Segments?.Select(s => new { op = s.Operation.ToString(), text = s.Text }),
            html = f.Segments is null ? null : DiffRendering.ToHtml(f.Segments),
            granularity = f.Granularity?.ToString(),
            addedItems = f.AddedItems,
            removedItems = f.RemovedItems,
        }).ToList());
}
