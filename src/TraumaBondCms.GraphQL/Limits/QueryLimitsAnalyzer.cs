using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Introspection;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Limits;

/// <summary>
/// Measures an operation's depth, aliases and cost (rules on <see cref="QueryLimits"/>) and checks them against
/// the limits, before execution. Each fragment is measured once per request however often it is spread, so
/// the analysis stays linear in the document; fragment cycles (which validation rejects) count as empty.
/// Fields the schema does not define count as leaves, or as objects when they have a selection set. Thread safe.
/// </summary>
public static class QueryLimitsAnalyzer
{
    /// <summary>Measures <paramref name="operation"/>; <paramref name="variables"/> (coerced) supply list sizes given as variables.</summary>
    public static QueryMetrics Measure(Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables, QueryLimits limits)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(limits);
        var walker = new Walker(schema, document, variables, limits);
        var measure = walker.SelectionSet(operation.SelectionSet, schema.GetRootType(operation.Operation), introspection: false);
        return new QueryMetrics(measure.Depth, measure.Aliases, measure.Cost);
    }

    /// <summary>One request error per exceeded limit, located at the operation; empty when all hold.</summary>
    public static IReadOnlyList<GraphQLError> Check(QueryMetrics metrics, QueryLimits limits, OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(operation);
        var locations = operation.Location is { } location ? new[] { location.StartLocation } : null;
        var errors = new List<GraphQLError>();
        if (metrics.Depth > limits.MaxDepth)
        {
            errors.Add(GraphQLError.WithCode($"The operation is {metrics.Depth} fields deep; at most {limits.MaxDepth} are allowed.", ErrorCodes.MaxDepthExceeded, locations));
        }

        if (metrics.Aliases > limits.MaxAliases)
        {
            errors.Add(GraphQLError.WithCode($"The operation uses {metrics.Aliases} aliases; at most {limits.MaxAliases} are allowed.", ExecutionErrorCodes.MaxAliasesExceeded, locations));
        }

        if (metrics.Cost > limits.MaxCost)
        {
            errors.Add(GraphQLError.WithCode($"The operation's estimated cost is {metrics.Cost}; at most {limits.MaxCost} is allowed.", ExecutionErrorCodes.MaxCostExceeded, locations));
        }

        return errors;
    }

    private readonly record struct Measured(int Depth, int Aliases, long Cost);

    // The list size a connection-like parent passes to its sized fields (edges, nodes).
    private readonly record struct Sized(IReadOnlyList<string> Fields, long Size);

    private sealed class Walker(Schema schema, DocumentNode document, IReadOnlyDictionary<string, object?> variables, QueryLimits limits)
    {
        private readonly Dictionary<string, FragmentDefinitionNode> _fragments = document.Definitions
            .OfType<FragmentDefinitionNode>()
            .GroupBy(fragment => fragment.Name.Value)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);

        private readonly Dictionary<(string Name, bool Introspection, Sized? Sized), Measured> _measuredFragments = [];
        private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

        public Measured SelectionSet(SelectionSetNode selectionSet, NamedType? parentType, bool introspection, Sized? sized = null)
        {
            var depth = 0;
            var aliases = 0;
            long cost = 0;
            foreach (var selection in selectionSet.Selections)
            {
                var measured = selection switch
                {
                    FieldNode field => Field(field, parentType, introspection, sized),
                    InlineFragmentNode inline => SelectionSet(inline.SelectionSet, inline.TypeCondition is null ? parentType : schema.GetType(inline.TypeCondition.Name.Value), introspection, sized),
                    FragmentSpreadNode spread => Fragment(spread.Name.Value, introspection, sized),
                    _ => default,
                };
                depth = Math.Max(depth, measured.Depth);
                aliases = AddAliases(aliases, measured.Aliases);
                cost = Add(cost, measured.Cost);
            }

            return new Measured(depth, aliases, cost);
        }

        private Measured Field(FieldNode field, NamedType? parentType, bool introspection, Sized? sized)
        {
            var name = field.Name.Value;
            var definition = parentType is null ? null : IntrospectionFields.Find(schema, parentType, name);
            introspection |= definition is not null && (ReferenceEquals(definition, IntrospectionFields.Schema) || ReferenceEquals(definition, IntrospectionFields.Type));
            var hint = definition?.ListSize;
            var passed = hint is { SizedFields.Count: > 0 } ? new Sized(hint.SizedFields, SizeOf(field, hint)) : (Sized?)null;
            var children = field.SelectionSet is null ? default : SelectionSet(field.SelectionSet, definition?.Type.GetNamedType(), introspection, passed);
            var aliases = AddAliases(children.Aliases, field.Alias is null ? 0 : 1);
            long cost;
            if (introspection)
            {
                cost = 0;
            }
            else if (definition is null ? field.SelectionSet is null : definition.Type.GetNamedType().IsLeafType)
            {
                cost = limits.LeafCost;
            }
            else
            {
                var size = definition?.Type.GetNullableType() is not ListType ? 1
                    : hint is { SizedFields.Count: 0 } ? SizeOf(field, hint)
                    : sized is { } parent && parent.Fields.Contains(name) ? parent.Size
                    : ListSize(field);
                // Every item of a list costs what one object costs: its own weight and its selection set.
                cost = Multiply(size, Add(limits.CompositeCost, children.Cost));
            }

            return new Measured(children.Depth + 1, aliases, cost);
        }

        private Measured Fragment(string name, bool introspection, Sized? sized)
        {
            if (_measuredFragments.TryGetValue((name, introspection, sized), out var measured))
            {
                return measured;
            }

            if (!_fragments.TryGetValue(name, out var fragment) || !_inProgress.Add(name))
            {
                return default;
            }

            measured = SelectionSet(fragment.SelectionSet, schema.GetType(fragment.TypeCondition.Name.Value), introspection, sized);
            _inProgress.Remove(name);
            _measuredFragments[(name, introspection, sized)] = measured;
            return measured;
        }

        // A declared list size: the slicing argument given (capped at the largest slice accepted), else the assumed size.
        private long SizeOf(FieldNode field, ListSize hint)
        {
            foreach (var argumentName in hint.SlicingArguments)
            {
                if (ArgumentSize(field, argumentName) is { } given)
                {
                    return hint.MaxSlice is { } max ? Math.Min(given, max) : given;
                }
            }

            return hint.AssumedSize ?? limits.DefaultListSize;
        }

        private long ListSize(FieldNode field)
        {
            foreach (var argumentName in limits.ListSizeArguments)
            {
                if (ArgumentSize(field, argumentName) is { } given)
                {
                    return given;
                }
            }

            return limits.DefaultListSize;
        }

        private long? ArgumentSize(FieldNode field, string argumentName)
        {
            var value = field.Arguments.FirstOrDefault(argument => argument.Name.Value == argumentName)?.Value;
            long? size = value switch
            {
                IntValueNode literal when long.TryParse(literal.Value, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
                VariableNode variable => variables.GetValueOrDefault(variable.Name.Value) switch
                {
                    int number => number,
                    long number => number,
                    _ => null,
                },
                _ => null,
            };
            return size is { } given ? Math.Max(0, given) : null;
        }

        private static int AddAliases(int left, int right) => left > int.MaxValue - right ? int.MaxValue : left + right;

        private static long Add(long left, long right) => left > long.MaxValue - right ? long.MaxValue : left + right;

        private static long Multiply(long left, long right) => left != 0 && right > long.MaxValue / left ? long.MaxValue : left * right;
    }
}
