namespace TraumaBondCms.GraphQL.Types;

public static partial class SchemaValidator
{
    // §3.6 Objects / §3.7 Interfaces "Type Validation".
    private static void ValidateComplexType(ComplexOutputType type, List<string> problems)
    {
        if (type.Fields.Count == 0)
        {
            problems.Add($"{KindName(type)} type \"{type.Name}\" must define one or more fields.");
        }

        foreach (var field in type.Fields)
        {
            var coordinate = $"{type.Name}.{field.Name}";
            ValidateName(field.Name, $"field \"{coordinate}\"", type.IsBuiltIn, problems);
            if (!field.Type.IsOutputType)
            {
                problems.Add($"The type of \"{coordinate}\" must be Output Type but got: \"{field.Type}\".");
            }

            ValidateArguments(field.Arguments, coordinate, type.IsBuiltIn, problems);
        }

        var seen = new HashSet<InterfaceType>();
        foreach (var implemented in type.Interfaces)
        {
            if (ReferenceEquals(implemented, type))
            {
                problems.Add($"Type \"{type.Name}\" cannot implement itself.");
                continue;
            }

            if (!seen.Add(implemented))
            {
                problems.Add($"Type \"{type.Name}\" can only implement \"{implemented.Name}\" once.");
                continue;
            }

            ValidateTransitiveInterfaces(type, implemented, problems);
            ValidateImplementation(type, implemented, problems);
        }
    }

    // §3.7 "Interfaces Implementing Interfaces": implemented interfaces must list what they implement, without cycles.
    private static void ValidateTransitiveInterfaces(ComplexOutputType type, InterfaceType implemented, List<string> problems)
    {
        foreach (var transitive in implemented.Interfaces)
        {
            if (ReferenceEquals(transitive, type))
            {
                problems.Add($"Type \"{type.Name}\" cannot implement \"{implemented.Name}\" because it would create a circular reference.");
            }
            else if (!type.Implements(transitive))
            {
                problems.Add($"Type \"{type.Name}\" must implement \"{transitive.Name}\" because it is implemented by \"{implemented.Name}\".");
            }
        }
    }

    // §3.6 IsValidImplementation: every interface field is provided with a covariant type and equal arguments;
    // extra arguments are optional.
    private static void ValidateImplementation(ComplexOutputType type, InterfaceType implemented, List<string> problems)
    {
        foreach (var interfaceField in implemented.Fields)
        {
            var interfaceCoordinate = $"{implemented.Name}.{interfaceField.Name}";
            var field = type.GetField(interfaceField.Name);
            if (field is null)
            {
                problems.Add($"Interface field \"{interfaceCoordinate}\" expected but \"{type.Name}\" does not provide it.");
                continue;
            }

            var coordinate = $"{type.Name}.{field.Name}";
            if (!TypeComparison.IsValidImplementationFieldType(field.Type, interfaceField.Type))
            {
                problems.Add($"Interface field \"{interfaceCoordinate}\" expects type \"{interfaceField.Type}\" but \"{coordinate}\" is type \"{field.Type}\".");
            }

            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var argument = field.GetArgument(interfaceArgument.Name);
                if (argument is null)
                {
                    problems.Add($"Interface field argument \"{interfaceCoordinate}({interfaceArgument.Name}:)\" expected but \"{coordinate}\" does not provide it.");
                }
                else if (!TypeComparison.AreEqual(argument.Type, interfaceArgument.Type))
                {
                    problems.Add($"Interface field argument \"{interfaceCoordinate}({interfaceArgument.Name}:)\" expects type \"{interfaceArgument.Type}\" but \"{coordinate}({argument.Name}:)\" is type \"{argument.Type}\".");
                }
            }

            foreach (var argument in field.Arguments.Where(argument => argument.IsRequired && interfaceField.GetArgument(argument.Name) is null))
            {
                problems.Add($"{KindName(type)} field \"{coordinate}\" includes required argument \"{argument.Name}\" that is missing from the Interface field \"{interfaceCoordinate}\".");
            }
        }
    }

    // §3.8 Unions "Type Validation": one or more unique object members (object kind is checked by the builder).
    private static void ValidateUnion(UnionType union, List<string> problems)
    {
        if (union.Types.Count == 0)
        {
            problems.Add($"Union type \"{union.Name}\" must define one or more member types.");
        }

        foreach (var duplicate in union.Types.GroupBy(member => member.Name).Where(group => group.Count() > 1))
        {
            problems.Add($"Union type \"{union.Name}\" can only include type \"{duplicate.Key}\" once.");
        }
    }

    // §3.9 Enums "Type Validation": one or more values, none named true, false or null.
    private static void ValidateEnum(EnumType enumType, List<string> problems)
    {
        if (enumType.Values.Count == 0)
        {
            problems.Add($"Enum type \"{enumType.Name}\" must define one or more values.");
        }

        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name, $"enum value \"{enumType.Name}.{value.Name}\"", enumType.IsBuiltIn, problems);
            if (IsReservedEnumValue(value.Name))
            {
                problems.Add($"Enum type \"{enumType.Name}\" cannot include value: {value.Name}.");
            }
        }
    }
}
