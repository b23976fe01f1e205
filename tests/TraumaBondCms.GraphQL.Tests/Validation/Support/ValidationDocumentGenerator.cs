using System.Globalization;
using System.Text;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Tests.Validation.Support;

/// <summary>
/// Generates executable documents for a schema, walking its types so most documents are valid or nearly so,
/// with faults sprinkled in at a small rate for every §5 rule: unknown and misplaced names, wrong values,
/// conflicting aliases, missing or unused variables and fragments, cycles, repeated directives and
/// arguments. Deterministic for a given <see cref="Random"/>. No test-framework dependency: the fuzz
/// console compiles it too.
/// </summary>
internal sealed partial class ValidationDocumentGenerator(Schema schema, Random random)
{
    private const int MaxDepth = 4;
    private readonly StringBuilder _fragments = new();
    private readonly List<(string Name, ComplexOrUnion Type)> _definedFragments = [];
    private readonly List<(string Name, string Type)> _variables = [];
    private readonly HashSet<string> _responseNames = [];
    private int _nextName;

    /// <summary>Probability (0–1) of each individual fault; 0 generates documents meant to be valid.</summary>
    public double FaultRate { get; init; } = 0.04;

    /// <summary>A whole document: one to three operations and the fragments they spread.</summary>
    public string Document()
    {
        _fragments.Clear();
        _definedFragments.Clear();
        _responseNames.Clear();
        var text = new StringBuilder();
        var operations = random.Next(10) < 7 ? 1 : random.Next(2, 4);
        for (var i = 0; i < operations; i++)
        {
            text.Append(Operation(named: operations > 1 || Chance(0.5))).Append('\n');
        }

        if (Fault())
        {
            text.Append(Fault() ? "fragment Unused on Dog { name }\n" : "type Extra { a: Int }\n");
        }

        return text.Append(_fragments).ToString();
    }

    private string Operation(bool named)
    {
        // Fragments of earlier operations stay in the document but are not reused: their variables are not declared here.
        _variables.Clear();
        _definedFragments.Clear();
        var (keyword, root) = random.Next(10) switch
        {
            < 7 => ("query", schema.QueryType),
            < 9 => ("mutation", schema.MutationType!),
            _ => ("subscription", schema.SubscriptionType!),
        };
        var body = new StringBuilder();
        body.Append("{ ");
        if (keyword == "subscription" && !Fault())
        {
            // §5.2.3.1: exactly one root field.
            Field(body, new ComplexOrUnion(root), 0);
        }
        else
        {
            var fieldCount = random.Next(1, 4);
            for (var i = 0; i < fieldCount; i++)
            {
                Selection(body, new ComplexOrUnion(root), 0);
            }
        }

        body.Append('}');

        var header = new StringBuilder(keyword);
        if (named && !(Fault() && _nextName % 2 == 0))
        {
            header.Append(" Op").Append(Fault() ? 1 : NextName());
        }

        if (_variables.Count > 0 || Fault())
        {
            header.Append('(');
            foreach (var (name, type) in _variables.Where(_ => !Fault()))
            {
                header.Append('$').Append(name).Append(": ").Append(type).Append(' ');
                if (Chance(0.1) && !type.EndsWith('!'))
                {
                    header.Append("= null ");
                }
            }

            if (Fault())
            {
                header.Append("$unused: Int ");
            }

            if (Fault())
            {
                header.Append(Fault() ? "$bad: Dog " : "$bad: Missing ");
            }

            header.Append(") ");
            if (header.ToString().EndsWith("() ", StringComparison.Ordinal))
            {
                header.Length -= 3;
                header.Append(' ');
            }
        }
        else
        {
            header.Append(' ');
        }

        header.Append(OperationDirectives(keyword));
        return header.Append(body).ToString();
    }

    private string OperationDirectives(string keyword)
    {
        if (!Chance(0.15))
        {
            return Fault() ? "@onMutation " : "";
        }

        return keyword switch
        {
            "query" => Chance(0.5) ? "@onQuery " : "@log(level: WARN) ",
            "mutation" => "@onMutation ",
            _ => "@onSubscription ",
        };
    }

    private string NextName() => (++_nextName).ToString(CultureInfo.InvariantCulture);

    private bool Chance(double probability) => random.NextDouble() < probability;

    private bool Fault() => random.NextDouble() < FaultRate;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>An object, interface or union type: what a selection set is made on.</summary>
    private readonly record struct ComplexOrUnion(NamedType Type)
    {
        public IReadOnlyList<FieldDefinition> Fields => Type is ComplexOutputType complex ? complex.Fields : [];
    }
}
