using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// Where a list or object literal is itself of the wrong shape for its position (a list where no list is
/// expected, an object where no input object is expected, or any literal at an unknown position). §5.6.1
/// reports the literal as a whole; the §5.6 rules do not look inside it, so one mistake is one error.
/// </summary>
internal static class ValueShapes
{
    /// <summary>True when the list literal being entered stands where no list type is expected.</summary>
    public static bool IsMisplacedList(ValidationContext context) => context.ParentInputType?.GetNullableType() is not ListType;

    /// <summary>True when the object literal being entered stands where no input object type is expected.</summary>
    public static bool IsMisplacedObject(ValidationContext context) => context.InputType?.GetNamedType() is not InputObjectType;
}
