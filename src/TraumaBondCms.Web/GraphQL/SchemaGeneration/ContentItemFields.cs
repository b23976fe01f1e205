namespace TraumaBondCms.Web.GraphQL.SchemaGeneration;

/// <summary>The fields of the <c>ContentItem</c> interface, which every content object type has.</summary>
internal static class ContentItemFields
{
    public const string Id = "id";
    public const string ContentType = "contentType";
    public const string DisplayText = "displayText";
    public const string Slug = "slug";
    public const string CreatedUtc = "createdUtc";
    public const string ModifiedUtc = "modifiedUtc";
    public const string PublishedUtc = "publishedUtc";
    public const string Version = "version";
    public const string WorkflowStatus = "workflowStatus";
    public const string Review = "review";
    public const string Culture = "culture";
    public const string LocalizationSet = "localizationSet";
    public const string TranslationOf = "translationOf";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Id, ContentType, DisplayText, Slug, CreatedUtc, ModifiedUtc, PublishedUtc, Version, WorkflowStatus, Review, Culture, LocalizationSet, TranslationOf,
    };
}
