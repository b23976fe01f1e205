namespace TraumaBondCms.Data;

/// <summary>
/// Compares a <see cref="ContentField"/> with <see cref="Values"/> (one value, except for <see cref="FilterOperator.In"/>).
/// Values are of the field's kind: <see cref="string"/> for Text, <see cref="double"/> for Number, <see cref="bool"/>
/// for Boolean, <see cref="DateTimeOffset"/> for Time. An absent value (a null column, no index row) matches only
/// <see cref="FilterOperator.NotEqual"/>.
/// </summary>
public sealed record FieldFilter(ContentField Field, FilterOperator Operator, IReadOnlyList<object> Values) : ContentFilter;
