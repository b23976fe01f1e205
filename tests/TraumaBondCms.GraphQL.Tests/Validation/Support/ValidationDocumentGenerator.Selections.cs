using System.Text;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Tests.Validation.Support;

// Selections: fields with arguments and directives, inline fragments, and fragment spreads.
internal sealed partial class ValidationDocumentGenerator
{
    private static readonly string[] UnknownNames = ["unknownField", "nam", "barkVolumes", "id2"];

    private void Selection(StringBuilder text, ComplexOrUnion parent, int depth)
    {
        var roll = random.Next(10);
        if (roll < 7 || depth >= MaxDepth)
        {
            Field(text, parent, depth);
        }
        else if (roll < 9)
        {
            InlineFragment(text, parent, depth);
        }
        else
        {
            FragmentSpread(text, parent, depth);
        }
    }

    private void Field(StringBuilder text, ComplexOrUnion parent, int depth)
    {
        var isSubscriptionRoot = ReferenceEquals(parent.Type, schema.SubscriptionType);
        if (parent.Fields.Count == 0 || (Chance(0.08) && (!isSubscriptionRoot || Fault())))
        {
            text.Append(Fault() ? "__schema " : "__typename ");
            return;
        }

        var field = Pick(parent.Fields);
        if (Fault())
        {
            // An alias reusing another field's name, which §5.3.2 may reject.
            text.Append(Pick(parent.Fields).Name).Append(": ");
        }
        else if (!_responseNames.Add(field.Name) || Chance(0.1))
        {
            // Unique aliases keep repeated fields (possibly with other arguments) mergeable.
            text.Append('a').Append(NextName()).Append(": ");
        }

        text.Append(Fault() ? Pick(UnknownNames) : field.Name);
        Arguments(text, field);
        Directives(text, onField: true);
        var named = field.Type.GetNamedType();
        var composite = named.IsCompositeType;
        if ((composite && !Fault()) || (!composite && Fault()))
        {
            text.Append("{ ");
            var count = random.Next(1, 4);
            for (var i = 0; i < count; i++)
            {
                Selection(text, new ComplexOrUnion(composite ? named : parent.Type), depth + 1);
            }

            text.Append("} ");
        }
        else
        {
            text.Append(' ');
        }
    }

    private void Arguments(StringBuilder text, FieldDefinition field)
    {
        var given = field.Arguments.Where(argument => (argument.IsRequired && !Fault()) || Chance(0.4)).ToList();
        var extra = Fault() ? "unknownArg: 1" : null;
        if (given.Count == 0 && extra is null)
        {
            return;
        }

        text.Append('(');
        foreach (var argument in given)
        {
            text.Append(argument.Name).Append(": ");
            Value(text, argument.Type, 0, allowVariable: true);
            text.Append(' ');
            if (Fault())
            {
                text.Append(argument.Name).Append(": null ");
            }
        }

        text.Append(extra).Append(')');
    }

    private void Directives(StringBuilder text, bool onField)
    {
        if (!Chance(0.12))
        {
            return;
        }

        switch (random.Next(6))
        {
            case 0:
                text.Append(" @skip(if: ");
                Value(text, new NonNullType(schema.GetType("Boolean")!), 0, allowVariable: true);
                text.Append(')');
                break;
            case 1:
                text.Append(" @include(if: true)");
                break;
            case 2:
                text.Append(" @tag(name: \"a\") @tag(name: \"b\")");
                break;
            case 3 when onField:
                text.Append(" @cost(weight: ");
                Value(text, new NonNullType(schema.GetType("Int")!), 0, allowVariable: true);
                text.Append(')');
                break;
            case 4 when onField:
                text.Append(Fault() ? " @log @log" : " @log(sample: 0.5)");
                break;
            case 3 or 4:
                text.Append(Fault() ? " @log" : " @tag(name: \"f\")");
                break;
            default:
                text.Append(Fault() ? (Fault() ? " @unknown" : " @onQuery") : " @include(if: false)");
                break;
        }

        text.Append(' ');
    }

    private void InlineFragment(StringBuilder text, ComplexOrUnion parent, int depth)
    {
        var target = TypeConditionFor(parent);
        text.Append("... ");
        if (target is not null)
        {
            text.Append("on ").Append(target.Name).Append(' ');
        }

        Directives(text, onField: false);
        text.Append("{ ");
        var scope = target is { IsCompositeType: true } ? new ComplexOrUnion(target) : parent;
        var count = random.Next(1, 3);
        for (var i = 0; i < count; i++)
        {
            Selection(text, scope, depth + 1);
        }

        text.Append("} ");
    }

    private void FragmentSpread(StringBuilder text, ComplexOrUnion parent, int depth)
    {
        if (Fault())
        {
            text.Append(Fault() ? "...Missing " : "...F" + _nextName + ' ');
            return;
        }

        var reusable = _definedFragments.Where(fragment => ReferenceEquals(fragment.Type.Type, parent.Type)).ToList();
        if (reusable.Count > 0 && Chance(0.5))
        {
            text.Append("...").Append(Pick(reusable).Name).Append(' ');
            return;
        }

        var target = TypeConditionFor(parent) ?? parent.Type;
        var name = "F" + NextName();
        text.Append("...").Append(name).Append(' ');
        Directives(text, onField: false);
        var scope = target.IsCompositeType ? new ComplexOrUnion(target) : parent;
        var body = new StringBuilder();
        var count = random.Next(1, 3);
        for (var i = 0; i < count; i++)
        {
            Selection(body, scope, depth + 1);
        }

        // Defined once its body exists, so it cannot spread itself (§5.5.2.2) unless a fault says so.
        _definedFragments.Add((name, scope));

        _fragments.Append("fragment ").Append(name).Append(" on ").Append(target.Name).Append(" { ").Append(body).Append("}\n");
    }

    // A type the fragment can apply to (the parent, a possible type, an implemented interface), or a fault:
    // an impossible, non-composite or unknown type.
    private NamedType? TypeConditionFor(ComplexOrUnion parent)
    {
        if (Fault())
        {
            return Pick(schema.Types.Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal)).ToList());
        }

        var candidates = new List<NamedType> { parent.Type };
        candidates.AddRange(schema.GetPossibleTypes(parent.Type));
        if (parent.Type is ComplexOutputType complex)
        {
            candidates.AddRange(complex.Interfaces);
        }

        return Chance(0.15) && parent.Type is not UnionType ? null : Pick(candidates);
    }
}
