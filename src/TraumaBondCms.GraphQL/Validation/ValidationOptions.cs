namespace TraumaBondCms.GraphQL.Validation;

/// <summary>How <see cref="DocumentValidator"/> validates a document. Immutable; share one instance freely.</summary>
public sealed class ValidationOptions
{
    /// <summary>The spec's rules and an error limit of 100.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// The rules to apply, all in one walk of the document; defaults to <see cref="SpecifiedRules.All"/>.
    /// Add a rule by passing <c>[.. SpecifiedRules.All, myRule]</c>.
    /// </summary>
    public IReadOnlyList<ValidationRule> Rules { get; init; } = SpecifiedRules.All;

    /// <summary>
    /// Validation stops once this many errors are found and reports one more error saying it stopped, so a
    /// hostile document cannot make the server build a huge error list. Must be at least 1; defaults to 100.
    /// </summary>
    public int MaxErrors { get; init; } = 100;
}
