using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types;

/// <summary>
/// A scalar type (https://spec.graphql.org/October2021/#sec-Scalars). This base class passes values through
/// unchanged, which is what a scalar declared only in SDL does; subclass it and override the three coercions
/// for a custom scalar (see <see cref="Scalars.DateTimeType"/>). Instances must be immutable and thread safe;
/// one instance may serve many schemas. Coercion failures throw <see cref="ValueCoercionException"/>.
/// </summary>
public class ScalarType : NamedType
{
    /// <summary>Creates a scalar.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="description">Description, or null.</param>
    /// <param name="specifiedByUrl">URL of the scalar's specification, exposed through <c>@specifiedBy</c> (§3.5.5); null for none.</param>
    public ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <summary>URL of a specification of the scalar's format, or null.</summary>
    public string? SpecifiedByUrl { get; }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>
    /// Result coercion (§3.5 "Result Coercion"): turns a resolved internal value into a value for the response
    /// (a JSON-serializable primitive, list or dictionary). Never called with null. The base returns the value unchanged.
    /// </summary>
    /// <exception cref="ValueCoercionException">When the value cannot be represented.</exception>
    public virtual object? Serialize(object? value) => value;

    /// <summary>
    /// Input coercion of an external value such as a variable (§3.5 "Input Coercion"). The value is a plain .NET
    /// value as described on <see cref="ValueCoercion.CoerceInputValue"/>; never null. The base returns it unchanged.
    /// </summary>
    /// <exception cref="ValueCoercionException">When the value is not acceptable.</exception>
    public virtual object? ParseValue(object? value) => value;

    /// <summary>
    /// Input coercion of a literal written in a document. Never called with a <see cref="NullValueNode"/> or a
    /// top-level <see cref="VariableNode"/>; nested variables are looked up in <paramref name="variables"/>
    /// (null during validation). The base converts the literal to a plain .NET value
    /// (see <see cref="ValueCoercion.LiteralToPlainValue"/>).
    /// </summary>
    /// <exception cref="ValueCoercionException">When the literal is not acceptable.</exception>
    public virtual object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        ValueCoercion.LiteralToPlainValue(literal, variables);
}
