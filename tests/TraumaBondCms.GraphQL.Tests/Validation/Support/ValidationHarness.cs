using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.GraphQL.Validation;

namespace TraumaBondCms.GraphQL.Tests.Validation.Support;

/// <summary>
/// The rule tests' harness: validate a document against <see cref="ValidationTestSchema"/> with every
/// specified rule and assert it is valid, or that exactly the expected errors (message, locations, code,
/// rule) come out in order.
/// </summary>
internal static class ValidationHarness
{
    /// <summary>An expected error: its exact message and its locations as (line, column) pairs.</summary>
    public sealed record Expected(string Message, params (int Line, int Column)[] Locations);

    public static IReadOnlyList<GraphQLError> Validate(string document, Schema? schema = null, ValidationOptions? options = null) =>
        DocumentValidator.Validate(schema ?? ValidationTestSchema.Schema, Parser.Parse(document), options);

    public static void ExpectValid(string document, Schema? schema = null)
    {
        var errors = Validate(document, schema);

        Assert.True(errors.Count == 0, "Expected no errors, got:\n" + Describe(errors));
    }

    /// <summary>Asserts the errors of <paramref name="rule"/>, in order; errors of other rules are ignored.</summary>
    public static void ExpectErrors(string rule, string document, params Expected[] expected)
    {
        var errors = Validate(document).Where(error => RuleOf(error) == rule).ToList();

        Assert.True(
            expected.Length == errors.Count,
            $"Expected {expected.Length} {rule} error(s), got {errors.Count}:\n{Describe(errors)}");
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Message, errors[i].Message);
            Assert.Equal(expected[i].Locations.Select(l => new SourceLocation(l.Line, l.Column)), errors[i].Locations);
            Assert.Equal(ErrorCodes.ValidationFailed, errors[i].Code);
        }
    }

    /// <summary>Asserts exactly one error of <paramref name="rule"/> with <paramref name="message"/> at one location.</summary>
    public static void ExpectError(string rule, string document, string message, int line, int column) =>
        ExpectErrors(rule, document, new Expected(message, (line, column)));

    public static string? RuleOf(GraphQLError error) =>
        error.Extensions is { } extensions && extensions.TryGetValue("rule", out var rule) ? rule as string : null;

    public static string Describe(IEnumerable<GraphQLError> errors) =>
        string.Join("\n", errors.Select(error => $"  [{RuleOf(error)}] {error.Message} @ {string.Join(", ", error.Locations)}"));
}
