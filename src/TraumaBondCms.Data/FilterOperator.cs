namespace TraumaBondCms.Data;

/// <summary>
/// How a <see cref="FieldFilter"/> compares. On indexed array fields (one index row per element) every operator but
/// <see cref="NotEqual"/> asks whether some element matches, and <see cref="NotEqual"/> whether no element equals the value.
/// </summary>
public enum FilterOperator
{
    /// <summary>Equal to the single value.</summary>
    Equal,

    /// <summary>Not equal to the single value; an absent value counts as not equal.</summary>
    NotEqual,

    /// <summary>Equal to one of the values (none given matches nothing).</summary>
    In,

    /// <summary>Text containing the value, ignoring case.</summary>
    Contains,

    /// <summary>Text starting with the value, ignoring case.</summary>
    StartsWith,

    /// <summary>Less than the value.</summary>
    LessThan,

    /// <summary>Less than or equal to the value.</summary>
    LessThanOrEqual,

    /// <summary>Greater than the value.</summary>
    GreaterThan,

    /// <summary>Greater than or equal to the value.</summary>
    GreaterThanOrEqual,
}
