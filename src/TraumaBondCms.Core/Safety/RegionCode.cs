using System.Text.RegularExpressions;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// A region as resources and readers name it: an ISO 3166-1 country (<c>US</c>), a country with an ISO 3166-2
/// subdivision (<c>US-CA</c>), or <c>GLOBAL</c>. Subdivisions are checked for form only (1-3 letters or digits after
/// the hyphen), not against the ISO 3166-2 list.
/// </summary>
public sealed partial record RegionCode
{
    /// <summary>The code that marks a resource serving every region.</summary>
    public const string GlobalCode = "GLOBAL";

    private RegionCode(string country, string? subdivision)
    {
        Country = country;
        Subdivision = subdivision;
    }

    /// <summary>The region that serves everywhere.</summary>
    public static RegionCode Global { get; } = new(GlobalCode, null);

    /// <summary>The country code (<c>US</c>), or <c>GLOBAL</c>.</summary>
    public string Country { get; }

    /// <summary>The subdivision part (<c>CA</c> of <c>US-CA</c>); null for a whole country.</summary>
    public string? Subdivision { get; }

    /// <summary>True for <c>GLOBAL</c>.</summary>
    public bool IsGlobal => ReferenceEquals(this, Global) || Country == GlobalCode;

    /// <summary>The code as written, e.g. <c>US-CA</c>.</summary>
    public string Code => Subdivision is null ? Country : $"{Country}-{Subdivision}";

    [GeneratedRegex("^(?<country>[A-Z]{2})(?:-(?<sub>[A-Z0-9]{1,3}))?$")]
    private static partial Regex Shape();

    /// <summary>
    /// Parses a code, ignoring case and surrounding white space. Returns null and sets <paramref name="problem"/> when
    /// the text is not shaped like a region code, or names a country ISO 3166-1 does not assign.
    /// </summary>
    public static RegionCode? TryParse(string? text, out string? problem)
    {
        var code = (text ?? string.Empty).Trim().ToUpperInvariant();
        if (code == GlobalCode)
        {
            problem = null;
            return Global;
        }

        var match = code.Length <= 6 ? Shape().Match(code) : Match.Empty;
        if (!match.Success)
        {
            var shown = text is { Length: > 20 } ? text[..20] + "…" : text;
            problem = $"'{shown}' is not a region code: use an ISO 3166 country such as US, a subdivision such as US-CA, or GLOBAL.";
            return null;
        }

        var country = match.Groups["country"].Value;
        if (!Iso3166.IsCountry(country))
        {
            problem = $"'{country}' is not an ISO 3166-1 country code.";
            return null;
        }

        problem = null;
        return new RegionCode(country, match.Groups["sub"].Success ? match.Groups["sub"].Value : null);
    }

    /// <summary>
    /// True when a resource of this region serves a reader in <paramref name="reader"/>: a global resource serves everyone,
    /// a country resource serves the country and its subdivisions, a subdivision resource serves that subdivision only.
    /// </summary>
    public bool Serves(RegionCode reader) =>
        IsGlobal || (Country == reader.Country && (Subdivision is null || Subdivision == reader.Subdivision));

    /// <inheritdoc />
    public override string ToString() => Code;
}
