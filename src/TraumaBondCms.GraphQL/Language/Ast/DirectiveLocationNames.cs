using System.Collections.Frozen;

namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>Maps <see cref="DirectiveLocation"/> to and from its GraphQL name (spec §3.13). Thread safe.</summary>
public static class DirectiveLocationNames
{
    private static readonly FrozenDictionary<string, DirectiveLocation> ByName = new Dictionary<string, DirectiveLocation>
    {
        ["QUERY"] = DirectiveLocation.Query,
        ["MUTATION"] = DirectiveLocation.Mutation,
        ["SUBSCRIPTION"] = DirectiveLocation.Subscription,
        ["FIELD"] = DirectiveLocation.Field,
        ["FRAGMENT_DEFINITION"] = DirectiveLocation.FragmentDefinition,
        ["FRAGMENT_SPREAD"] = DirectiveLocation.FragmentSpread,
        ["INLINE_FRAGMENT"] = DirectiveLocation.InlineFragment,
        ["VARIABLE_DEFINITION"] = DirectiveLocation.VariableDefinition,
        ["SCHEMA"] = DirectiveLocation.Schema,
        ["SCALAR"] = DirectiveLocation.Scalar,
        ["OBJECT"] = DirectiveLocation.Object,
        ["FIELD_DEFINITION"] = DirectiveLocation.FieldDefinition,
        ["ARGUMENT_DEFINITION"] = DirectiveLocation.ArgumentDefinition,
        ["INTERFACE"] = DirectiveLocation.Interface,
        ["UNION"] = DirectiveLocation.Union,
        ["ENUM"] = DirectiveLocation.Enum,
        ["ENUM_VALUE"] = DirectiveLocation.EnumValue,
        ["INPUT_OBJECT"] = DirectiveLocation.InputObject,
        ["INPUT_FIELD_DEFINITION"] = DirectiveLocation.InputFieldDefinition,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<DirectiveLocation, string> ByLocation =
        ByName.ToFrozenDictionary(pair => pair.Value, pair => pair.Key);

    /// <summary>The GraphQL name of a location, e.g. <c>FIELD_DEFINITION</c>.</summary>
    public static string ToName(this DirectiveLocation location) => ByLocation[location];

    /// <summary>Looks a location up by its GraphQL name (case-sensitive); false when the name is not a location.</summary>
    public static bool TryParse(string name, out DirectiveLocation location) => ByName.TryGetValue(name, out location);

    /// <summary>True for the executable locations (spec ExecutableDirectiveLocation), false for type system ones.</summary>
    public static bool IsExecutable(this DirectiveLocation location) => location <= DirectiveLocation.VariableDefinition;
}
