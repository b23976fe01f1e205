namespace TraumaBondCms.GraphQL.Types;

public static partial class SchemaValidator
{
    // §3.10 Input Objects "Type Validation", plus the OneOf RFC's rules for @oneOf input objects.
    private static void ValidateInputObject(InputObjectType type, List<string> problems)
    {
        if (type.Fields.Count == 0)
        {
            problems.Add($"Input Object type \"{type.Name}\" must define one or more fields.");
        }

        foreach (var field in type.Fields)
        {
            var coordinate = $"{type.Name}.{field.Name}";
            ValidateName(field.Name, $"input field \"{coordinate}\"", type.IsBuiltIn, problems);
            if (!field.Type.IsInputType)
            {
                problems.Add($"The type of \"{coordinate}\" must be Input Type but got: \"{field.Type}\".");
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                problems.Add($"Required input field \"{coordinate}\" cannot be deprecated.");
            }

            if (type.IsOneOf && field.Type is NonNullType)
            {
                problems.Add($"OneOf input field \"{coordinate}\" must be nullable.");
            }

            if (type.IsOneOf && field.HasDefaultValue)
            {
                problems.Add($"OneOf input field \"{coordinate}\" cannot have a default value.");
            }
        }
    }

    // §3.10: an input object may reference itself only through a chain that includes a nullable or list field,
    // otherwise no finite value could be provided.
    private static void ValidateInputObjectCycles(IEnumerable<InputObjectType> inputObjects, List<string> problems)
    {
        var visited = new HashSet<InputObjectType>();
        var path = new List<InputValueDefinition>();
        var onPath = new Dictionary<InputObjectType, int>();

        void Visit(InputObjectType type)
        {
            if (!visited.Add(type))
            {
                return;
            }

            onPath[type] = path.Count;
            foreach (var field in type.Fields)
            {
                if (field.Type is not NonNullType { OfType: InputObjectType target })
                {
                    continue;
                }

                path.Add(field);
                if (onPath.TryGetValue(target, out var start))
                {
                    var chain = string.Join(".", path.Skip(start).Select(step => step.Name));
                    problems.Add($"Cannot reference Input Object \"{target.Name}\" within itself through a series of non-null fields: \"{chain}\".");
                }
                else
                {
                    Visit(target);
                }

                path.RemoveAt(path.Count - 1);
            }

            onPath.Remove(type);
        }

        foreach (var inputObject in inputObjects)
        {
            Visit(inputObject);
        }
    }
}
