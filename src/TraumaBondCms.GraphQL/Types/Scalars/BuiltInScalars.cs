namespace TraumaBondCms.GraphQL.Types.Scalars;

/// <summary>The five scalars every schema may use (https://spec.graphql.org/October2021/#sec-Scalars.Built-in-Scalars). Shared, immutable instances.</summary>
public static class BuiltInScalars
{
    /// <summary>The <c>Int</c> scalar: 32-bit signed integers.</summary>
    public static ScalarType Int { get; } = new IntType();

    /// <summary>The <c>Float</c> scalar: finite double-precision numbers.</summary>
    public static ScalarType Float { get; } = new FloatType();

    /// <summary>The <c>String</c> scalar: UTF-8 text.</summary>
    public static ScalarType String { get; } = new StringType();

    /// <summary>The <c>Boolean</c> scalar.</summary>
    public static ScalarType Boolean { get; } = new BooleanType();

    /// <summary>The <c>ID</c> scalar: opaque identifiers serialized as strings.</summary>
    public static ScalarType ID { get; } = new IdType();

    /// <summary>All five, in spec order.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [Int, Float, String, Boolean, ID];

    /// <summary>The built-in scalar named <paramref name="name"/>, or null.</summary>
    public static ScalarType? Find(string name) => name switch
    {
        "Int" => Int,
        "Float" => Float,
        "String" => String,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };
}
