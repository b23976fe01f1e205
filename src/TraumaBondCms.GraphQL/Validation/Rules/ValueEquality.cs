using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// Whether two argument lists are the same for §5.3.2 SameArguments: the same names with literals that print
/// identically once input object fields are put in name order (so <c>{a: 1, b: 2}</c> equals <c>{b: 2, a: 1}</c>,
/// but <c>1</c> differs from <c>1.0</c> and <c>$x</c> from its value). Thread safe.
/// </summary>
internal static class ValueEquality
{
    public static bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        for (var i = 0; i < arguments1.Count; i++)
        {
            // The last of repeated names counts, as it would in a map (§5.4.2 reports the repeat).
            var argument1 = arguments1[i];
            ArgumentNode? argument2 = null;
            for (var j = 0; j < arguments2.Count; j++)
            {
                if (arguments2[j].Name.Value == argument1.Name.Value)
                {
                    argument2 = arguments2[j];
                }
            }

            if (argument2 is null || !AreEqual(argument1.Value, argument2.Value))
            {
                return false;
            }
        }

        return true;
    }

    public static bool AreEqual(ValueNode value1, ValueNode value2)
    {
        switch (value1)
        {
            case VariableNode variable1:
                return value2 is VariableNode variable2 && variable1.Name.Value == variable2.Name.Value;
            case IntValueNode int1:
                return value2 is IntValueNode int2 && int1.Value == int2.Value;
            case FloatValueNode float1:
                return value2 is FloatValueNode float2 && float1.Value == float2.Value;
            case StringValueNode string1:
                return value2 is StringValueNode string2 && string1.Value == string2.Value && string1.IsBlock == string2.IsBlock;
            case BooleanValueNode boolean1:
                return value2 is BooleanValueNode boolean2 && boolean1.Value == boolean2.Value;
            case NullValueNode:
                return value2 is NullValueNode;
            case EnumValueNode enum1:
                return value2 is EnumValueNode enum2 && enum1.Value == enum2.Value;
            case ListValueNode list1:
                if (value2 is not ListValueNode list2 || list1.Values.Count != list2.Values.Count)
                {
                    return false;
                }

                for (var i = 0; i < list1.Values.Count; i++)
                {
                    if (!AreEqual(list1.Values[i], list2.Values[i]))
                    {
                        return false;
                    }
                }

                return true;
            case ObjectValueNode object1:
                if (value2 is not ObjectValueNode object2 || object1.Fields.Count != object2.Fields.Count)
                {
                    return false;
                }

                var sorted1 = object1.Fields.OrderBy(field => field.Name.Value, StringComparer.Ordinal).ToList();
                var sorted2 = object2.Fields.OrderBy(field => field.Name.Value, StringComparer.Ordinal).ToList();
                for (var i = 0; i < sorted1.Count; i++)
                {
                    if (sorted1[i].Name.Value != sorted2[i].Name.Value || !AreEqual(sorted1[i].Value, sorted2[i].Value))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }
}
