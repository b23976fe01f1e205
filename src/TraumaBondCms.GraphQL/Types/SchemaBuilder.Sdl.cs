using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types.Builders;

namespace TraumaBondCms.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    private bool _hasSchemaDefinition;

    /// <summary>Starts a builder from SDL (§3): see <see cref="AddSdl"/>.</summary>
    /// <exception cref="GraphQLSyntaxException">When the SDL is not valid syntax.</exception>
    public static SchemaBuilder FromSdl(string sdl, string? sourceName = null) => new SchemaBuilder().AddSdl(sdl, sourceName);

    /// <summary>
    /// Adds the definitions of an SDL document: schema, types and directives, then its extensions (§3.x
    /// "Extensions"), which may extend types defined in this document or added earlier. <c>@deprecated</c>,
    /// <c>@specifiedBy</c> and <c>@oneOf</c> and descriptions are mapped; other directives are checked against
    /// their definitions when the schema is built and otherwise not kept. Declarations of built-in scalars and
    /// directives are accepted and refer to the built-in ones.
    /// </summary>
    /// <exception cref="GraphQLSyntaxException">When the SDL is not valid syntax.</exception>
    public SchemaBuilder AddSdl(string sdl, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        var document = Parser.Parse(new Source(sdl, sourceName), ParserOptions.Trusted);
        var extensions = new List<TypeSystemExtensionNode>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeSystemExtensionNode extension:
                    extensions.Add(extension);
                    break;
                case SchemaDefinitionNode schema:
                    DefineSchema(schema);
                    break;
                case DirectiveDefinitionNode directive:
                    DefineDirective(directive);
                    break;
                case TypeDefinitionNode type:
                    DefineType(type);
                    break;
                default:
                    _problems.Add($"A schema document cannot contain executable definitions (found one at {definition.Location?.StartLocation}).");
                    break;
            }
        }

        foreach (var extension in extensions)
        {
            Extend(extension);
        }

        return this;
    }

    private void DefineSchema(SchemaDefinitionNode schema)
    {
        if (_hasSchemaDefinition)
        {
            _problems.Add("Must provide only one schema definition.");
        }

        _hasSchemaDefinition = true;
        _description = schema.Description?.Value ?? _description;
        SetRoots(schema.OperationTypes);
        RecordDirectives("schema", DirectiveLocation.Schema, schema.Directives);
    }

    private void SetRoots(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            var typeName = operationType.Type.Name.Value;
            _ = operationType.Operation switch
            {
                OperationType.Query => QueryType(typeName),
                OperationType.Mutation => MutationType(typeName),
                _ => SubscriptionType(typeName),
            };
        }
    }

    private void DefineDirective(DirectiveDefinitionNode node)
    {
        if (BuiltInDirectives.Find(node.Name.Value) is not null)
        {
            return;
        }

        AddDirective(node.Name.Value, directive =>
        {
            directive.Description(node.Description?.Value).Repeatable(node.IsRepeatable);
            foreach (var location in node.Locations)
            {
                DirectiveLocationNames.TryParse(location.Value, out var parsed);
                directive.Locations(parsed);
            }

            foreach (var argument in node.Arguments)
            {
                directive.Argument(argument.Name.Value, argument.Type, builder => ConfigureInputValue(builder, argument, $"@{node.Name.Value}({argument.Name.Value}:)", DirectiveLocation.ArgumentDefinition));
            }
        });
    }

    private void DefineType(TypeDefinitionNode node)
    {
        var name = node.Name.Value;
        var description = node.Description?.Value;
        switch (node)
        {
            case ScalarTypeDefinitionNode:
                RecordDirectives(name, DirectiveLocation.Scalar, node.Directives);
                AddScalarType(name, scalar => scalar.Description(description).SpecifiedBy(SpecifiedByUrl(node.Directives)));
                break;
            case ObjectTypeDefinitionNode objectType:
                RecordDirectives(name, DirectiveLocation.Object, node.Directives);
                AddObjectType(name, type => AddComplexMembers(type.Description(description), objectType.Interfaces, objectType.Fields));
                break;
            case InterfaceTypeDefinitionNode interfaceType:
                RecordDirectives(name, DirectiveLocation.Interface, node.Directives);
                AddInterfaceType(name, type => AddComplexMembers(type.Description(description), interfaceType.Interfaces, interfaceType.Fields));
                break;
            case UnionTypeDefinitionNode union:
                RecordDirectives(name, DirectiveLocation.Union, node.Directives);
                AddUnionType(name, type => type.Description(description).Types(union.Types.Select(member => member.Name.Value).ToArray()));
                break;
            case EnumTypeDefinitionNode enumType:
                RecordDirectives(name, DirectiveLocation.Enum, node.Directives);
                AddEnumType(name, type => AddEnumValues(type.Description(description), enumType.Values));
                break;
            case InputObjectTypeDefinitionNode inputType:
                RecordDirectives(name, DirectiveLocation.InputObject, node.Directives);
                AddInputObjectType(name, type => AddInputFields(type.Description(description), inputType.Fields, node.Directives));
                break;
        }
    }

    private void Extend(TypeSystemExtensionNode extension)
    {
        switch (extension)
        {
            case SchemaExtensionNode schema:
                SetRoots(schema.OperationTypes);
                RecordDirectives("schema", DirectiveLocation.Schema, schema.Directives);
                break;
            case ScalarTypeExtensionNode scalar when Scalars.BuiltInScalars.Find(scalar.Name.Value) is null:
                if (ExtensionTarget<ScalarTypeBuilder>(scalar.Name.Value, "scalar") is { } scalarTarget && SpecifiedByUrl(scalar.Directives) is { } url)
                {
                    scalarTarget.SpecifiedBy(url);
                }

                RecordDirectives(scalar.Name.Value, DirectiveLocation.Scalar, scalar.Directives);
                break;
            case ObjectTypeExtensionNode objectType when ExtensionTarget<ObjectTypeBuilder>(objectType.Name.Value, "object") is { } target:
                RecordDirectives(target.Name, DirectiveLocation.Object, objectType.Directives);
                AddComplexMembers(target, objectType.Interfaces, objectType.Fields);
                break;
            case InterfaceTypeExtensionNode interfaceType when ExtensionTarget<InterfaceTypeBuilder>(interfaceType.Name.Value, "interface") is { } target:
                RecordDirectives(target.Name, DirectiveLocation.Interface, interfaceType.Directives);
                AddComplexMembers(target, interfaceType.Interfaces, interfaceType.Fields);
                break;
            case UnionTypeExtensionNode union when ExtensionTarget<UnionTypeBuilder>(union.Name.Value, "union") is { } target:
                target.Types(union.Types.Select(member => member.Name.Value).ToArray());
                RecordDirectives(target.Name, DirectiveLocation.Union, union.Directives);
                break;
            case EnumTypeExtensionNode enumType when ExtensionTarget<EnumTypeBuilder>(enumType.Name.Value, "enum") is { } target:
                RecordDirectives(target.Name, DirectiveLocation.Enum, enumType.Directives);
                AddEnumValues(target, enumType.Values);
                break;
            case InputObjectTypeExtensionNode inputType when ExtensionTarget<InputObjectTypeBuilder>(inputType.Name.Value, "input object") is { } target:
                RecordDirectives(target.Name, DirectiveLocation.InputObject, inputType.Directives);
                AddInputFields(target, inputType.Fields, inputType.Directives);
                break;
        }
    }

    // Spec §3.4.3: the extended type must exist and be of the same kind.
    private T? ExtensionTarget<T>(string name, string kind)
        where T : NamedTypeBuilder
    {
        if (!_typesByName.TryGetValue(name, out var existing))
        {
            _problems.Add($"Cannot extend type \"{name}\" because it is not defined.");
            return null;
        }

        if (existing is not T target)
        {
            _problems.Add($"Cannot extend non-{kind} type \"{name}\".");
            return null;
        }

        return target;
    }

    private void AddComplexMembers<T>(ComplexTypeBuilder<T> type, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<FieldDefinitionNode> fields)
        where T : ComplexTypeBuilder<T>
    {
        type.Implements(interfaces.Select(i => i.Name.Value).ToArray());
        foreach (var field in fields)
        {
            var owner = $"{type.Name}.{field.Name.Value}";
            type.Field(field.Name.Value, field.Type, builder =>
            {
                builder.Description(field.Description?.Value);
                if (DeprecationReason(field.Directives) is { } reason)
                {
                    builder.Deprecated(reason);
                }

                foreach (var argument in field.Arguments)
                {
                    builder.Argument(argument.Name.Value, argument.Type, input => ConfigureInputValue(input, argument, $"{owner}({argument.Name.Value}:)", DirectiveLocation.ArgumentDefinition));
                }
            });
            RecordDirectives(owner, DirectiveLocation.FieldDefinition, field.Directives);
        }
    }

    private void AddEnumValues(EnumTypeBuilder type, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (var value in values)
        {
            type.Value(value.Name.Value, builder =>
            {
                builder.Description(value.Description?.Value);
                if (DeprecationReason(value.Directives) is { } reason)
                {
                    builder.Deprecated(reason);
                }
            });
            RecordDirectives($"{type.Name}.{value.Name.Value}", DirectiveLocation.EnumValue, value.Directives);
        }
    }

    private void AddInputFields(InputObjectTypeBuilder type, IReadOnlyList<InputValueDefinitionNode> fields, IReadOnlyList<DirectiveNode> typeDirectives)
    {
        if (typeDirectives.Any(directive => directive.Name.Value == BuiltInDirectives.OneOf.Name))
        {
            type.OneOf();
        }

        foreach (var field in fields)
        {
            type.Field(field.Name.Value, field.Type, builder => ConfigureInputValue(builder, field, $"{type.Name}.{field.Name.Value}", DirectiveLocation.InputFieldDefinition));
        }
    }

    private void ConfigureInputValue(InputValueBuilder builder, InputValueDefinitionNode node, string owner, DirectiveLocation location)
    {
        builder.Description(node.Description?.Value);
        if (node.DefaultValue is not null)
        {
            builder.DefaultValueLiteral(node.DefaultValue);
        }

        if (DeprecationReason(node.Directives) is { } reason)
        {
            builder.Deprecated(reason);
        }

        RecordDirectives(owner, location, node.Directives);
    }

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = directives.FirstOrDefault(directive => directive.Name.Value == BuiltInDirectives.Deprecated.Name);
        if (deprecated is null)
        {
            return null;
        }

        var reason = deprecated.Arguments.FirstOrDefault(argument => argument.Name.Value == "reason")?.Value;
        return reason is StringValueNode text ? text.Value : BuiltInDirectives.DefaultDeprecationReason;
    }

    private static string? SpecifiedByUrl(IReadOnlyList<DirectiveNode> directives) =>
        directives.FirstOrDefault(directive => directive.Name.Value == BuiltInDirectives.SpecifiedBy.Name)?
            .Arguments.FirstOrDefault(argument => argument.Name.Value == "url")?.Value is StringValueNode url
            ? url.Value
            : null;
}
