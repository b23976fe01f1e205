using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>Where a value being completed came from: the field's plan, the object type it was resolved on and that object's value.</summary>
internal readonly record struct FieldSite(FieldPlan Plan, ObjectType ParentType, object? Source)
{
    public string Coordinate => $"{ParentType.Name}.{Plan.FieldName}";
}
