using System.Globalization;
using System.Text;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Tests.Validation.Support;

// Input values: literals of the expected type, variables declared by the operation, and faulty values.
internal sealed partial class ValidationDocumentGenerator
{
    private static readonly string[] AnyLiterals = ["1", "-7", "2147483648", "1.5", "\"text\"", "\"\"\"block\"\"\"", "true", "null", "TAN", "[1, 2]", "{a: 1}"];

    private void Value(StringBuilder text, GraphQLType type, int depth, bool allowVariable)
    {
        if (Fault())
        {
            text.Append(Pick(AnyLiterals));
            return;
        }

        if (allowVariable && Chance(0.15))
        {
            Variable(text, type);
            return;
        }

        switch (type)
        {
            case NonNullType nonNull:
                // A variable here would be declared with the nullable type, which §5.8.5 rejects.
                Value(text, nonNull.OfType, depth, allowVariable: false);
                return;
            case ListType list when Chance(0.8) && depth < 3:
                text.Append('[');
                var count = random.Next(0, 3);
                for (var i = 0; i < count; i++)
                {
                    Value(text, list.OfType, depth + 1, allowVariable);
                    text.Append(i < count - 1 ? ", " : "");
                }

                text.Append(']');
                return;
            case ListType list:
                // A single value where a list is expected is a list of one (§3.11); a variable is not, so none here.
                Value(text, list.OfType, depth + 1, allowVariable: false);
                return;
            case InputObjectType inputObject:
                InputObject(text, inputObject, depth, allowVariable);
                return;
            case EnumType enumType:
                text.Append(Pick(enumType.Values).Name);
                return;
            case ScalarType scalar:
                text.Append(ScalarLiteral(scalar.Name));
                return;
        }
    }

    private void InputObject(StringBuilder text, InputObjectType type, int depth, bool allowVariable)
    {
        IEnumerable<InputValueDefinition> fields = type.IsOneOf
            ? [Pick(type.Fields.Where(field => depth < 2 || field.Type.GetNamedType() is not InputObjectType).ToList())]
            : type.Fields.Where(field => (field.IsRequired && !Fault()) || (Chance(0.3) && (depth < 2 || field.Type.GetNamedType() is not InputObjectType)));
        text.Append('{');
        foreach (var field in fields)
        {
            text.Append(field.Name).Append(": ");
            Value(text, type.IsOneOf ? new NonNullType(field.Type) : field.Type, depth + 1, allowVariable);
            text.Append(' ');
        }

        if (Fault())
        {
            text.Append(type.IsOneOf ? Pick(type.Fields).Name + ": null " : "unknownField: 1 ");
        }

        text.Append('}');
    }

    private void Variable(StringBuilder text, GraphQLType type)
    {
        if (Fault())
        {
            text.Append("$undeclared");
            return;
        }

        var name = "v" + NextName();
        var declared = type.ToString();
        if (Fault())
        {
            // A nullable variable where a non-null value is needed, or the wrong type altogether.
            declared = type is NonNullType nonNull ? nonNull.OfType.ToString() : "Boolean";
        }
        else if (type is not NonNullType && Chance(0.3))
        {
            declared += "!";
        }

        _variables.Add((name, declared));
        text.Append('$').Append(name);
    }

    private string ScalarLiteral(string scalar) => scalar switch
    {
        "Int" => random.Next(-100, 100).ToString(CultureInfo.InvariantCulture),
        "Float" => Chance(0.5) ? "1.25" : "3",
        "String" => Chance(0.8) ? "\"s" + random.Next(10) + "\"" : "\"\"\"block\n  string\"\"\"",
        "Boolean" => Chance(0.5) ? "true" : "false",
        "ID" => Chance(0.5) ? "\"id" + random.Next(10) + "\"" : random.Next(100).ToString(CultureInfo.InvariantCulture),
        _ => Pick(AnyLiterals.Where(literal => literal != "null").ToList()),
    };
}
