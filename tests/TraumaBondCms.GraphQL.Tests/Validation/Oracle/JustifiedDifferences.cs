using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Tests.Validation.Support;

namespace TraumaBondCms.GraphQL.Tests.Validation.Oracle;

/// <summary>
/// Where graphql-js 16.11 and our validator knowingly differ, each with the spec text that justifies us.
/// <see cref="Normalize"/> removes from graphql-js's errors the ones we deliberately do not report, so the
/// differential test can demand equal error counts everywhere else; <see cref="IsAcceptedCrash"/> names the
/// one graphql-js crash we accept.
/// </summary>
internal static class JustifiedDifferences
{
    private const string OneOfVariableMessage = "must be non-nullable to be used for OneOf Input Object";

    /// <summary>graphql-js's errors without those we deliberately do not report, and how many were removed.</summary>
    public static (List<GraphQLJsOracle.Error> Errors, int Removed) Normalize(string text, IReadOnlyList<GraphQLJsOracle.Error> errors)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(text);
        }
        catch (GraphQLSyntaxException)
        {
            return ([.. errors], 0);
        }

        var facts = DocumentFacts.Collect(document);
        var kept = errors.Where(error => !IsDeliberatelyUnreported(text, error, errors, facts)).ToList();
        return (kept, errors.Count - kept.Count);
    }

    /// <summary>
    /// Two graphql-js 16.11 crashes we accept, whatever our verdict on the (parseable) document:
    /// ValuesOfCorrectTypeRule reads <c>definition.type</c> of the declaration of a variable used in a OneOf field
    /// without checking that one exists, looking only at the last operation walked, so it throws for an
    /// undeclared variable and for a fragment whose declaring operation comes later (we check the operations
    /// that use the fragment, and §5.8.3 reports undeclared variables); and SingleFieldSubscriptionsRule
    /// coerces <c>@skip</c>/<c>@include</c> arguments while collecting root fields and throws on a bad literal or
    /// a variable (§5.6.1 reports the literal; we keep a field whose condition is a variable).
    /// </summary>
    public static bool IsAcceptedCrash(GraphQLJsOracle.Verdict theirs, string ourKind) =>
        theirs.Kind == "exception" && ourKind != "syntax-error"
        && theirs.Errors.Any(error => error.Message.Contains("reading 'type'", StringComparison.Ordinal)
            || error.Message.StartsWith("Argument \"if\" ", StringComparison.Ordinal));

    private static bool IsDeliberatelyUnreported(string text, GraphQLJsOracle.Error error, IReadOnlyList<GraphQLJsOracle.Error> all, DocumentFacts facts)
    {
        // 1. A nullable variable in a OneOf field. The OneOf Input Objects RFC states the check once, in §5.6.1
        //    Values of Correct Type, for the sole field of a OneOf literal: "Let variableDefinition be the
        //    VariableDefinition named variableName defined within operation ... variableType must be a
        //    non-null type". We report it once per operation using the variable. graphql-js 16.11 reports it
        //    from two rules: ValuesOfCorrectTypeRule ('Variable "x" must be non-nullable ...', judged against
        //    the last operation walked) and VariablesInAllowedPositionRule ('Variable "$x" is of type ...', per
        //    operation, but only when the OneOf argument is nullable, and also when the literal has several
        //    fields). So: the former is dropped when the latter reports the same variable, and the latter is
        //    dropped when the literal does not have exactly one field (§5.6.1 reports that instead).
        if (error.Message.Contains(OneOfVariableMessage, StringComparison.Ordinal))
        {
            if (!error.Message.StartsWith("Variable \"$", StringComparison.Ordinal))
            {
                var name = error.Message.Split('"')[1];
                return all.Any(other => other.Message.StartsWith($"Variable \"${name}\" is of type", StringComparison.Ordinal)
                    && other.Message.Contains(OneOfVariableMessage, StringComparison.Ordinal));
            }

            return error.Locations.Count == 2
                && facts.VariablesInManyFieldOneOfLiterals.Contains(Offset(text, error.Locations[1].Line, error.Locations[1].Column));
        }

        // 2. Errors inside type-system definitions and inside arguments of unknown directives (see DocumentFacts).
        return !error.Message.Contains("is not executable", StringComparison.Ordinal)
            && error.Locations.Count > 0
            && error.Locations.All(location =>
            {
                var offset = Offset(text, location.Line, location.Column);
                return facts.IgnoredSpans.Any(span => offset >= span.Start && offset < span.End);
            });
    }

    // The UTF-16 offset of a 1-based line and code-point column.
    private static int Offset(string text, int line, int column)
    {
        var offset = 0;
        for (var current = 1; current < line && offset < text.Length; offset++)
        {
            if (text[offset] == '\n' || (text[offset] == '\r' && (offset + 1 >= text.Length || text[offset + 1] != '\n')))
            {
                current++;
            }
        }

        for (var current = 1; current < column && offset < text.Length; current++)
        {
            offset += char.IsHighSurrogate(text[offset]) && offset + 1 < text.Length && char.IsLowSurrogate(text[offset + 1]) ? 2 : 1;
        }

        return offset;
    }

    /// <summary>
    /// Source ranges whose contents we do not validate, though graphql-js does:
    /// type-system definitions, because §5.1.1 Executable Definitions makes a document holding one invalid and
    /// the rest of §5 is stated for operations and fragments ("GraphQL execution will only consider the
    /// executable definitions"), so we report each such definition once; and arguments of an unknown
    /// directive, because §5.4.1 Argument Names looks an argument up in "the parent field or definition",
    /// which for a directive is the directive definition, which does not exist (§5.7.1 reports that), while
    /// graphql-js 16 looks such arguments up on the enclosing field. Also the start offsets of variables that
    /// are field values of OneOf-shaped literals with other than one field.
    /// </summary>
    private sealed record DocumentFacts(List<(int Start, int End)> IgnoredSpans, HashSet<int> VariablesInManyFieldOneOfLiterals)
    {
        public static DocumentFacts Collect(DocumentNode document)
        {
            var facts = new DocumentFacts([], []);
            var schema = ValidationTestSchema.Schema;
            var pending = new Stack<Node>();
            pending.Push(document);
            while (pending.TryPop(out var node))
            {
                switch (node)
                {
                    case TypeSystemDefinitionNode or TypeSystemExtensionNode when node.Location is { } definition:
                        facts.IgnoredSpans.Add((definition.Start, definition.End));
                        continue;
                    case DirectiveNode directive when schema.GetDirective(directive.Name.Value) is null:
                        facts.IgnoredSpans.AddRange(directive.Arguments.Where(argument => argument.Location is not null)
                            .Select(argument => (argument.Location!.Value.Start, argument.Location!.Value.End)));
                        break;
                    case ObjectValueNode literal when literal.Fields.Select(field => field.Name.Value).Distinct().Count() != 1:
                        facts.VariablesInManyFieldOneOfLiterals.UnionWith(literal.Fields
                            .Where(field => field.Value is VariableNode { Location: not null })
                            .Select(field => field.Value.Location!.Value.Start));
                        break;
                }

                foreach (var child in node.Children)
                {
                    pending.Push(child);
                }
            }

            return facts;
        }
    }
}
