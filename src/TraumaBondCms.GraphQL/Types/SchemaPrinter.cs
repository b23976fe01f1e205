using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL (§3): a <c>schema</c> definition only when the roots are not named Query, Mutation and
/// Subscription (or a description is set), then the schema's own directives, then its types in definition
/// order. Built-in scalars, directives and introspection types are left out; descriptions print as block
/// strings; <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c> are written back. Building a schema from
/// the output and printing it again gives the same text. Thread safe.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>Prints the whole schema; empty when it defines nothing of its own.</summary>
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var definitions = new List<DefinitionNode>();
        if (NeedsSchemaDefinition(schema))
        {
            definitions.Add(new SchemaDefinitionNode
            {
                Description = Description(schema.Description),
                OperationTypes = new[] { (OperationType.Query, schema.QueryTypeOrNull), (OperationType.Mutation, schema.MutationType), (OperationType.Subscription, schema.SubscriptionType) }
                    .Where(root => root.Item2 is not null)
                    .Select(root => new OperationTypeDefinitionNode { Operation = root.Item1, Type = Named(root.Item2!.Name) })
                    .ToList(),
            });
        }

        definitions.AddRange(schema.Directives.Where(directive => !directive.IsBuiltIn).Select(Directive));
        definitions.AddRange(schema.Types.Where(type => !type.IsBuiltIn).Select(TypeDefinition));
        return definitions.Count == 0 ? string.Empty : Printer.Print(new DocumentNode { Definitions = definitions });
    }

    /// <summary>Prints one named type as its SDL definition.</summary>
    public static string PrintType(NamedType type) => Printer.Print(TypeDefinition(type));

    /// <summary>The type reference node for a type, e.g. <c>[String!]</c>.</summary>
    public static TypeNode ToTypeNode(GraphQLType type) => type switch
    {
        NamedType named => Named(named.Name),
        ListType list => new ListTypeNode { Type = ToTypeNode(list.OfType) },
        NonNullType nonNull => new NonNullTypeNode { Type = ToTypeNode(nonNull.OfType) },
        _ => throw new ArgumentException($"Unknown type {type}.", nameof(type)),
    };

    // The default root names make a schema definition redundant, unless another type holds such a name.
    private static bool NeedsSchemaDefinition(Schema schema) =>
        schema.Description is not null
        || !HasDefaultName(schema.QueryTypeOrNull, "Query", schema)
        || !HasDefaultName(schema.MutationType, "Mutation", schema)
        || !HasDefaultName(schema.SubscriptionType, "Subscription", schema);

    private static bool HasDefaultName(ObjectType? root, string defaultName, Schema schema) =>
        root is null ? schema.GetType(defaultName) is null : root.Name == defaultName;

    private static TypeDefinitionNode TypeDefinition(NamedType type)
    {
        var name = new NameNode { Value = type.Name };
        var description = Description(type.Description);
        return type switch
        {
            ScalarType scalar => new ScalarTypeDefinitionNode
            {
                Description = description,
                Name = name,
                Directives = scalar.SpecifiedByUrl is null ? [] : [Apply(BuiltInDirectives.SpecifiedBy.Name, ("url", scalar.SpecifiedByUrl))],
            },
            ObjectType objectType => new ObjectTypeDefinitionNode { Description = description, Name = name, Interfaces = Interfaces(objectType), Fields = Fields(objectType) },
            InterfaceType interfaceType => new InterfaceTypeDefinitionNode { Description = description, Name = name, Interfaces = Interfaces(interfaceType), Fields = Fields(interfaceType) },
            UnionType union => new UnionTypeDefinitionNode { Description = description, Name = name, Types = union.Types.Select(member => Named(member.Name)).ToList() },
            EnumType enumType => new EnumTypeDefinitionNode
            {
                Description = description,
                Name = name,
                Values = enumType.Values.Select(value => new EnumValueDefinitionNode
                {
                    Description = Description(value.Description),
                    Name = new NameNode { Value = value.Name },
                    Directives = Deprecation(value.DeprecationReason),
                }).ToList(),
            },
            InputObjectType inputObject => new InputObjectTypeDefinitionNode
            {
                Description = description,
                Name = name,
                Directives = inputObject.IsOneOf ? [Apply(BuiltInDirectives.OneOf.Name)] : [],
                Fields = inputObject.Fields.Select(InputValue).ToList(),
            },
            _ => throw new ArgumentException($"Unknown type kind {type.Kind}.", nameof(type)),
        };
    }

    private static List<NamedTypeNode> Interfaces(ComplexOutputType type) => type.Interfaces.Select(i => Named(i.Name)).ToList();

    private static List<FieldDefinitionNode> Fields(ComplexOutputType type) => type.Fields.Select(field => new FieldDefinitionNode
    {
        Description = Description(field.Description),
        Name = new NameNode { Value = field.Name },
        Arguments = field.Arguments.Select(InputValue).ToList(),
        Type = ToTypeNode(field.Type),
        Directives = Deprecation(field.DeprecationReason),
    }).ToList();

    private static InputValueDefinitionNode InputValue(InputValueDefinition value) => new()
    {
        Description = Description(value.Description),
        Name = new NameNode { Value = value.Name },
        Type = ToTypeNode(value.Type),
        DefaultValue = value.DefaultValueLiteral,
        Directives = Deprecation(value.DeprecationReason),
    };

    private static DirectiveDefinitionNode Directive(DirectiveDefinition directive) => new()
    {
        Description = Description(directive.Description),
        Name = new NameNode { Value = directive.Name },
        Arguments = directive.Arguments.Select(InputValue).ToList(),
        IsRepeatable = directive.IsRepeatable,
        Locations = directive.Locations.Select(location => new NameNode { Value = location.ToName() }).ToList(),
    };

    private static IReadOnlyList<DirectiveNode> Deprecation(string? reason) => reason switch
    {
        null => [],
        BuiltInDirectives.DefaultDeprecationReason => [Apply(BuiltInDirectives.Deprecated.Name)],
        _ => [Apply(BuiltInDirectives.Deprecated.Name, ("reason", reason))],
    };

    private static DirectiveNode Apply(string name, params (string Name, string Value)[] arguments) => new()
    {
        Name = new NameNode { Value = name },
        Arguments = arguments.Select(argument => new ArgumentNode { Name = new NameNode { Value = argument.Name }, Value = new StringValueNode { Value = argument.Value } }).ToList(),
    };

    private static StringValueNode? Description(string? description) =>
        description is null ? null : new StringValueNode { Value = description, IsBlock = true };

    private static NamedTypeNode Named(string name) => new() { Name = new NameNode { Value = name } };
}
