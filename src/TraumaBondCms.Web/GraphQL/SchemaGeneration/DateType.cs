using System.Globalization;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.Web.GraphQL.SchemaGeneration;

/// <summary>
/// The <c>Date</c> custom scalar (https://spec.graphql.org/October2021/#sec-Scalars.Custom-Scalars): a calendar date in
/// ISO 8601 form, <c>2025-03-01</c>, as Date fields store it. Inputs and results are such strings. Immutable and thread-safe.
/// </summary>
public sealed class DateType : ScalarType
{
    /// <summary>The specification of the format.</summary>
    public const string SpecificationUrl = "https://scalars.graphql.org/andimarek/local-date";

    /// <summary>Creates the scalar.</summary>
    public DateType()
        : base("Date", "A calendar date in ISO 8601 form, e.g. `2025-03-01`.", SpecificationUrl)
    {
    }

    /// <inheritdoc/>
    public override object? Serialize(object? value) => value switch
    {
        null => null,
        string text when IsDate(text) => text,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new ValueCoercionException($"Date cannot represent value: {ValueCoercion.Describe(value)}."),
    };

    /// <inheritdoc/>
    public override object? ParseValue(object? value) => value is string text && IsDate(text)
        ? text
        : throw new ValueCoercionException($"Date cannot represent value: {ValueCoercion.Describe(value)}; expected a date like \"2025-03-01\".");

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is StringValueNode text && IsDate(text.Value)
            ? text.Value
            : throw new ValueCoercionException($"Date cannot represent value: {Printer.Print(literal)}; expected a date like \"2025-03-01\".");
    }

    private static bool IsDate(string text) =>
        text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
