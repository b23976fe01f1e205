using System.Globalization;
using System.Text.RegularExpressions;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types.Scalars;

/// <summary>
/// A <c>DateTime</c> custom scalar: an RFC 3339 / ISO 8601 date and time that always carries an offset, e.g.
/// <c>2024-05-01T09:30:00Z</c> or <c>2024-05-01T11:30:00.250+02:00</c>, specified by
/// <see cref="SpecificationUrl"/> (§3.5.5 <c>@specifiedBy</c>). Inputs are strings, parsed to
/// <see cref="DateTimeOffset"/> keeping their offset; results accept <see cref="DateTimeOffset"/>,
/// <see cref="DateTime"/> of UTC or local kind, and such strings, and print seconds with only the fractional
/// digits needed, using <c>Z</c> for a zero offset. Immutable and thread safe.
/// </summary>
public sealed partial class DateTimeType : ScalarType
{
    /// <summary>The specification of the format.</summary>
    public const string SpecificationUrl = "https://scalars.graphql.org/andimarek/date-time";

    /// <summary>Creates the scalar, named <c>DateTime</c> unless another name is given.</summary>
    public DateTimeType(string name = "DateTime")
        : base(name, "A date and time with a UTC offset, formatted per RFC 3339, e.g. `2024-05-01T09:30:00Z`.", SpecificationUrl)
    {
    }

    /// <inheritdoc/>
    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTimeOffset moment => Format(moment),
        DateTime { Kind: DateTimeKind.Unspecified } => throw new ValueCoercionException($"DateTime cannot represent a date and time without an offset: {ValueCoercion.Describe(value)}."),
        DateTime moment => Format(new DateTimeOffset(moment)),
        string text => Format(Parse(text)),
        _ => throw new ValueCoercionException($"DateTime cannot represent value: {ValueCoercion.Describe(value)}."),
    };

    /// <inheritdoc/>
    public override object? ParseValue(object? value) => value is string text
        ? Parse(text)
        : throw new ValueCoercionException($"DateTime cannot represent a non string value: {ValueCoercion.Describe(value)}.");

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is StringValueNode text
            ? Parse(text.Value)
            : throw new ValueCoercionException($"DateTime cannot represent a non string value: {Printer.Print(literal)}.");
    }

    private static string Format(DateTimeOffset moment) =>
        moment.Offset == TimeSpan.Zero
            ? moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : moment.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text)
    {
        if (RfcDateTime().IsMatch(text)
            && DateTimeOffset.TryParse(text.ToUpperInvariant(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            return moment;
        }

        throw new ValueCoercionException($"DateTime cannot represent an invalid date-time string: {ValueCoercion.Describe(text)}.");
    }

    // RFC 3339 date-time: the offset is mandatory; at most 7 fractional digits, which DateTimeOffset can hold.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex RfcDateTime();
}
