using TraumaBondCms.Core.Safety;

namespace TraumaBondCms.Core.Tests.Safety;

public class RegionCodeTests
{
    [Theory]
    [InlineData("US", "US", null)]
    [InlineData("us-ca", "US", "CA")]
    [InlineData(" GB-SCT ", "GB", "SCT")]
    [InlineData("global", "GLOBAL", null)]
    public void Should_parse_country_and_subdivision_when_code_is_well_formed(string text, string country, string? subdivision)
    {
        var code = RegionCode.TryParse(text, out var problem);

        Assert.Null(problem);
        Assert.Equal((country, subdivision), (code!.Country, code.Subdivision));
    }

    [Theory]
    [InlineData("USA", "is not a region code")]
    [InlineData("US-", "is not a region code")]
    [InlineData("", "is not a region code")]
    [InlineData("<script>", "is not a region code")]
    [InlineData("ZZ", "'ZZ' is not an ISO 3166-1 country code")]
    [InlineData("XK-01", "'XK' is not an ISO 3166-1 country code")]
    public void Should_explain_the_problem_when_code_is_malformed_or_unassigned(string text, string message)
    {
        var code = RegionCode.TryParse(text, out var problem);

        Assert.Null(code);
        Assert.Contains(message, problem);
    }

    [Theory]
    [InlineData("GLOBAL", "US-CA", true)]
    [InlineData("US", "US-CA", true)]
    [InlineData("US", "US", true)]
    [InlineData("US-CA", "US-CA", true)]
    [InlineData("US-CA", "US-NY", false)]
    [InlineData("US-CA", "US", false)]
    [InlineData("GB", "US", false)]
    public void Should_serve_its_own_region_and_what_it_contains_when_routing(string resource, string reader, bool serves)
    {
        var result = RegionCode.TryParse(resource, out _)!.Serves(RegionCode.TryParse(reader, out _)!);

        Assert.Equal(serves, result);
    }

    [Fact]
    public void Should_know_every_assigned_country_code_when_validating()
    {
        var codes = Iso3166.CountryCodes;

        Assert.Equal(249, codes.Count);
        Assert.All(["US", "GB", "CA", "AU", "IE", "NZ", "ZA", "IN", "DE", "SS", "AX"], c => Assert.True(Iso3166.IsCountry(c), c));
    }
}
