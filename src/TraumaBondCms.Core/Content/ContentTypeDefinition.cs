namespace TraumaBondCms.Core.Content;

/// <summary>
/// A content type (Article, Faq, Resource, Topic, ...) as data: a name and an ordered list of fields.
/// Defined by the <c>ContentDefinition</c> recipe step; adding a type adds its REST and GraphQL surface
/// without code. Immutable.
/// </summary>
public sealed record ContentTypeDefinition
{
    /// <summary>The type's technical name: a PascalCase identifier, unique in the catalog.</summary>
    public required string Name { get; init; }

    /// <summary>The name editors see; defaults to <see cref="Name"/>.</summary>
    public string? DisplayName { get; init; }

    /// <summary>What the type is for, shown to editors and in the GraphQL schema; null for none.</summary>
    public string? Description { get; init; }

    /// <summary>The Text field whose value becomes an item's display text (its title).</summary>
    public required string DisplayTextField { get; init; }

    /// <summary>The Slug field that addresses items of this type; null when the type has no slug.</summary>
    public string? SlugField { get; init; }

    /// <summary>
    /// The workflow items of this type follow (see the <c>Workflow</c> recipe step). A type without one (or whose workflow
    /// needs no approval) must say <see cref="PublishWithoutReview"/> and may then hold no free text readers see.
    /// </summary>
    public string? Workflow { get; init; }

    /// <summary>
    /// Items publish without clinical review. Allowed only for types with nothing readers see that a clinician must review:
    /// no Text, Markdown, Link, Phone, Hours or Media fields (<see cref="ContentDefinitionValidator"/> refuses the definition otherwise).
    /// </summary>
    public bool PublishWithoutReview { get; init; }

    /// <summary>How many months a published item's clinical review stays current; null when the type needs no periodic re-review.</summary>
    public int? ReviewIntervalMonths { get; init; }

    /// <summary>
    /// For types that hold crisis resources (named by the <c>SafetyRules</c> recipe step): how many days a verification of
    /// an item's contact details stays current; null means the default of 90 days. Ignored by other types.
    /// </summary>
    public int? VerificationIntervalDays { get; init; }

    /// <summary>The fields, in editing order.</summary>
    public required IReadOnlyList<ContentFieldDefinition> Fields { get; init; }

    /// <summary>
    /// The fields whose values readers see and a clinician must review: free text (Text, Markdown, Link, Phone, Hours, or
    /// lists of them) and images and documents with their alt text, captions and credits (Media).
    /// </summary>
    public IEnumerable<ContentFieldDefinition> ReviewedFields =>
        Fields.Where(f => f.EffectiveItemKind is ContentFieldKind.Text or ContentFieldKind.Markdown or ContentFieldKind.Link or ContentFieldKind.Phone or ContentFieldKind.Hours or ContentFieldKind.Media);

    /// <summary>The label to show: <see cref="DisplayName"/> or <see cref="Name"/>.</summary>
    public string Label => DisplayName ?? Name;

    /// <summary>Finds a field by exact name; null when the type has no such field.</summary>
    public ContentFieldDefinition? GetField(string name)
    {
        foreach (var field in Fields)
        {
            if (string.Equals(field.Name, name, StringComparison.Ordinal))
            {
                return field;
            }
        }

        return null;
    }
}
