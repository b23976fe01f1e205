using System.Text.Json;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Execution;

// §6.4.3 ResolveAbstractType (https://spec.graphql.org/October2021/#ResolveAbstractType()).
internal sealed partial class ExecutionRun
{
    /// <summary>
    /// The object type of a value returned for an interface or union field, tried in this order: the abstract
    /// type's <see cref="IAbstractType.ResolveType"/>; the first possible type whose <see cref="ObjectType.IsTypeOf"/>
    /// accepts the value; a <c>"__typename"</c> string entry of a dictionary or JSON object value; a possible
    /// type named like the value's CLR type (<c>class Article</c> → <c>Article</c>).
    /// </summary>
    /// <exception cref="GraphQLException">When none applies, or a named type is not a possible type.</exception>
    private ObjectType ResolveAbstractType(NamedType abstractType, FieldSite site, object value, ResponsePath path)
    {
        FieldContext? context = null;
        if (((IAbstractType)abstractType).ResolveType is { } resolveType)
        {
            context = new FieldContext(this, site, site.Plan.GetArguments(this), path);
            if (resolveType(value, context) is { } name)
            {
                return PossibleType(abstractType, name)
                    ?? throw new GraphQLException($"Abstract type \"{abstractType.Name}\" resolved to \"{name}\", which is not one of its possible types, for field \"{site.Coordinate}\".");
            }
        }

        var possibleTypes = Schema.GetPossibleTypes(abstractType);
        foreach (var possibleType in possibleTypes)
        {
            if (possibleType.IsTypeOf is { } isTypeOf)
            {
                context ??= new FieldContext(this, site, site.Plan.GetArguments(this), path);
                if (isTypeOf(value, context))
                {
                    return possibleType;
                }
            }
        }

        var typeName = value switch
        {
            IReadOnlyDictionary<string, object?> entries => entries.GetValueOrDefault("__typename") as string,
            IDictionary<string, object?> entries => entries.TryGetValue("__typename", out var entry) ? entry as string : null,
            JsonElement { ValueKind: JsonValueKind.Object } json when json.TryGetProperty("__typename", out var property) && property.ValueKind == JsonValueKind.String => property.GetString(),
            _ => null,
        };
        if (typeName is not null)
        {
            return PossibleType(abstractType, typeName)
                ?? throw new GraphQLException($"Abstract type \"{abstractType.Name}\" received \"__typename\" \"{typeName}\", which is not one of its possible types, for field \"{site.Coordinate}\".");
        }

        return PossibleType(abstractType, value.GetType().Name)
            ?? throw new GraphQLException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an object type at run time for field \"{site.Coordinate}\": " +
                "give it a ResolveType, give its possible types an IsTypeOf, or return values that carry \"__typename\" or whose CLR type is named like the object type.");
    }

    private ObjectType? PossibleType(NamedType abstractType, string name) =>
        Schema.GetType(name) is ObjectType objectType && Schema.IsSubType(abstractType, objectType) ? objectType : null;
}
