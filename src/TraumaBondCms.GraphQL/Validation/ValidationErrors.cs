using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation;

/// <summary>Builds the <see cref="GraphQLError"/>s validation reports. Thread safe.</summary>
internal static class ValidationErrors
{
    /// <summary>The <c>extensions</c> key naming the rule that reported an error.</summary>
    public const string RuleKey = "rule";

    public static GraphQLError Create(ValidationRule rule, string message, ReadOnlySpan<Node?> nodes)
    {
        var locations = new List<SourceLocation>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node?.Location is { } location)
            {
                locations.Add(location.StartLocation);
            }
        }

        return new GraphQLError(message, locations, null, new Dictionary<string, object?>(2)
        {
            ["code"] = ErrorCodes.ValidationFailed,
            [RuleKey] = rule.Name,
        });
    }

    public static GraphQLError TooManyErrors(int maxErrors) => GraphQLError.WithCode(
        $"Too many validation errors: validation stopped after {maxErrors}.",
        ErrorCodes.ValidationFailed);
}
