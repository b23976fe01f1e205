using System.Text.Json;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Data.Tests.Harness;

/// <summary>
/// Makes <see cref="ContentItem"/> versions for store tests: a title and slug as fields, a real content hash,
/// and a clock that moves one whole second per version (whole seconds survive every engine's time type).
/// One builder per test.
/// </summary>
public sealed class ContentBuilder
{
    /// <summary>The time of the first tick.</summary>
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private int _seconds;

    /// <summary>Advances the clock by one second and returns the new time.</summary>
    public DateTimeOffset Tick() => Start.AddSeconds(++_seconds);

    /// <summary>The first version of a new item: latest, not published, written at the next tick unless <paramref name="at"/> is given.</summary>
    public ContentItem Item(string type = "Article", string? title = null, string? slug = null, string owner = "editor", DateTimeOffset? at = null)
    {
        var time = at ?? Tick();
        var id = ContentIds.New();
        return Version(id, type, 1, title ?? $"{type} {id}", slug, owner, owner, time, time);
    }

    /// <summary>
    /// The first version of a translation of <paramref name="source"/> into <paramref name="culture"/>: a new item of the same type
    /// in its localization set, following the source's version given (its own by default).
    /// </summary>
    public ContentItem Translation(ContentItem source, string culture, string? title = null, string? slug = null, string? sourceVersionId = null) =>
        Item(source.ContentType, title ?? $"{source.DisplayText} ({culture})", slug ?? source.Slug) with
        {
            Culture = culture,
            LocalizationSet = source.LocalizationSet,
            TranslationOf = source.ContentItemId,
            SourceVersionId = sourceVersionId ?? source.ContentItemVersionId,
        };

    /// <summary>
    /// The next version of <paramref name="previous"/>'s item: latest, not published, by <paramref name="author"/>
    /// (default the owner). A null <paramref name="title"/> or <paramref name="slug"/> keeps the previous one.
    /// </summary>
    public ContentItem NextVersion(ContentItem previous, string? title = null, string? slug = null, string? author = null, DateTimeOffset? at = null) =>
        Version(previous.ContentItemId, previous.ContentType, previous.Version + 1, title ?? previous.DisplayText, slug ?? previous.Slug,
            previous.Owner, author ?? previous.Owner, previous.CreatedUtc, at ?? Tick()) with
        {
            Culture = previous.Culture,
            LocalizationSet = previous.LocalizationSet,
            TranslationOf = previous.TranslationOf,
            SourceVersionId = previous.SourceVersionId,
        };

    /// <summary>The index rows the tests write for a version: one text, one number and one boolean row.</summary>
    public static IReadOnlyList<IndexedFieldValue> IndexFor(ContentItem version) =>
    [
        new("title", version.DisplayText, null, null),
        new("rank", null, version.Version + 0.5, null),
        new("featured", null, null, version.Version % 2 == 1),
    ];

    private static ContentItem Version(string id, string type, int number, string title, string? slug, string owner, string author, DateTimeOffset created, DateTimeOffset modified)
    {
        var values = new Dictionary<string, JsonElement>
        {
            ["title"] = JsonSerializer.SerializeToElement(title),
            ["body"] = JsonSerializer.SerializeToElement($"Body of version {number}: \"quoted\", naïve, 日本語."),
        };
        if (slug is not null)
        {
            values["slug"] = JsonSerializer.SerializeToElement(slug);
        }

        var fields = ContentFields.From(values);
        return new ContentItem
        {
            ContentItemId = id,
            ContentItemVersionId = ContentIds.New(),
            ContentType = type,
            Version = number,
            Latest = true,
            Published = false,
            DisplayText = title,
            Slug = slug,
            Owner = owner,
            Author = author,
            CreatedUtc = created,
            ModifiedUtc = modified,
            ContentHash = ContentHash.Compute(type, fields),
            Fields = fields,
        };
    }
}
