using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Validation;

/// <summary>
/// What the rules of one validation run share: the schema and document, the schema elements at the current
/// node of the walk (kept up to date before every rule hook), memoized facts about fragments and variables,
/// and the error list. Created by <see cref="DocumentValidator"/>; not thread safe (one run, one thread).
/// </summary>
public sealed class ValidationContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly int _maxErrors;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>>? _spreads;
    private Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>>? _referencedFragments;
    private Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>>? _recursiveUsages;
    private Stack<SelectionSetNode>? _spreadSearch;

    internal ValidationContext(Schema schema, DocumentNode document, int maxErrors)
    {
        Schema = schema;
        Document = document;
        _maxErrors = maxErrors;
        TypeInfo = new TypeInfo(schema);
    }

    /// <summary>The schema the document is validated against.</summary>
    public Schema Schema { get; }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>The errors reported so far, in the order they were found.</summary>
    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>The named output type of the selection set being walked (object, interface or union), or null when unknown.</summary>
    public NamedType? ParentType => TypeInfo.ParentType;

    /// <summary>The output type of the current field, operation root or fragment, or null when unknown.</summary>
    public GraphQLType? Type => TypeInfo.Type;

    /// <summary>The definition of the current field (including <c>__typename</c>), or null when unknown.</summary>
    public FieldDefinition? FieldDefinition => TypeInfo.FieldDefinition;

    /// <summary>The input type expected at the current argument, variable definition, list item or input field, or null when unknown.</summary>
    public GraphQLType? InputType => TypeInfo.InputType;

    /// <summary>The input type one level up from <see cref="InputType"/> (e.g. the list type around a list item), or null.</summary>
    public GraphQLType? ParentInputType => TypeInfo.ParentInputType;

    /// <summary>True when the argument or input field at the current position defines a default value.</summary>
    public bool InputHasDefault => TypeInfo.InputHasDefault;

    /// <summary>The definition of the directive being walked, or null outside directives and for unknown ones.</summary>
    public DirectiveDefinition? Directive => TypeInfo.Directive;

    /// <summary>The definition of the argument being walked, or null outside arguments and for unknown ones.</summary>
    public InputValueDefinition? Argument => TypeInfo.Argument;

    /// <summary>
    /// The named type called <paramref name="name"/>: the schema's, or else one of the introspection types
    /// (<c>__Type</c>, <c>__Field</c>, ...) every schema implicitly has; null when neither exists.
    /// </summary>
    public NamedType? GetNamedType(string name) => IntrospectionTypes.NamedType(Schema, name);

    /// <summary>The type a type reference such as <c>[Int!]</c> denotes (see <see cref="GetNamedType"/>), or null when its name is unknown.</summary>
    public GraphQLType? GetTypeFromAst(TypeNode typeNode) => IntrospectionTypes.FromAst(Schema, typeNode);

    internal TypeInfo TypeInfo { get; }

    // Set once the walk has entered every node, before any LeaveDocument hook runs: from then on the
    // variable usages of every definition are known and may be memoized.
    internal bool AllNodesEntered { get; set; }

    /// <summary>
    /// Adds an error. Once the run's error limit is reached, adds a final error saying validation stopped and
    /// ends the run (the validator catches the internal exception this throws).
    /// </summary>
    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(ValidationErrors.TooManyErrors(_maxErrors));
            throw new ValidationAbortedException();
        }

        _errors.Add(error);
    }

    /// <summary>The fragment definition named <paramref name="name"/> (the last one when the name is repeated), or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>Every fragment spread inside <paramref name="selectionSet"/>, at any depth, without following spreads. Memoized.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        ArgumentNullException.ThrowIfNull(selectionSet);
        _spreads ??= [];
        if (_spreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        List<FragmentSpreadNode>? spreads = null;
        var pending = _spreadSearch ??= new Stack<SelectionSetNode>();
        pending.Push(selectionSet);
        while (pending.TryPop(out var set))
        {
            var selections = set.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                switch (selections[i])
                {
                    case FragmentSpreadNode spread:
                        (spreads ??= []).Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } subSelection }:
                        pending.Push(subSelection);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        IReadOnlyList<FragmentSpreadNode> result = spreads is null ? [] : spreads;
        _spreads[selectionSet] = result;
        return result;
    }

    /// <summary>The defined fragments <paramref name="operation"/> spreads, directly or through other fragments, each once. Memoized.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        _referencedFragments ??= [];
        if (_referencedFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        while (pending.TryPop(out var set))
        {
            foreach (var spread in GetFragmentSpreads(set))
            {
                if (seen.Add(spread.Name.Value) && GetFragment(spread.Name.Value) is { } fragment)
                {
                    fragments.Add(fragment);
                    pending.Push(fragment.SelectionSet);
                }
            }
        }

        _referencedFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>
    /// The variables used directly in <paramref name="definition"/> (not through its spreads), with the type each
    /// position expects. Collected during the walk: complete once the walk has left the definition, so rules
    /// needing other definitions' usages read them in <c>LeaveDocument</c>.
    /// </summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return TypeInfo.GetVariableUsages(definition);
    }

    /// <summary>
    /// The variables used by <paramref name="operation"/> and by every fragment it references recursively (each
    /// fragment counted once). Complete only in <c>LeaveDocument</c> (earlier, fragments not yet walked are
    /// missing); memoized from then on.
    /// </summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        _recursiveUsages ??= [];
        if (_recursiveUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = GetRecursivelyReferencedFragments(operation);
        var own = GetVariableUsages(operation);
        IReadOnlyList<VariableUsage> result = own;
        if (fragments.Count > 0)
        {
            var all = new List<VariableUsage>(own);
            foreach (var fragment in fragments)
            {
                all.AddRange(GetVariableUsages(fragment));
            }

            result = all;
        }

        if (AllNodesEntered)
        {
            _recursiveUsages[operation] = result;
        }

        return result;
    }

    // Thrown by ReportError when the error limit is reached; caught by DocumentValidator.
    internal sealed class ValidationAbortedException : Exception
    {
    }
}
