namespace TraumaBondCms.GraphQL.Types.Scalars;

// Reads the CLR numeric types uniformly for the built-in scalar coercions.
internal static class NumericValues
{
    public static bool IsNumber(object value) => value is sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal;

    // Integral values only: integer types, and floating/decimal values without a fractional part.
    public static bool TryToInt64(object value, out long result)
    {
        switch (value)
        {
            case sbyte v: result = v; return true;
            case byte v: result = v; return true;
            case short v: result = v; return true;
            case ushort v: result = v; return true;
            case int v: result = v; return true;
            case uint v: result = v; return true;
            case long v: result = v; return true;
            case ulong v when v <= long.MaxValue: result = (long)v; return true;
            case float or double when ToDouble(value) is var d && double.IsFinite(d) && Math.Floor(d) == d && d >= -9.2e18 && d <= 9.2e18:
                result = (long)d;
                return true;
            case decimal v when decimal.Truncate(v) == v && v >= long.MinValue && v <= long.MaxValue:
                result = (long)v;
                return true;
            default:
                result = 0;
                return false;
        }
    }

    public static double ToDouble(object value) => value switch
    {
        float v => v,
        double v => v,
        decimal v => (double)v,
        _ => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    public static bool IsIntegral(object value) => IsNumber(value) && ToDouble(value) is var d && double.IsFinite(d) && Math.Floor(d) == d;
}
