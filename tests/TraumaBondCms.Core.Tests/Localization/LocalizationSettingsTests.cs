using TraumaBondCms.Core.Localization;

namespace TraumaBondCms.Core.Tests.Localization;

/// <summary>Culture names and fallback chains: what a reader who asks for a culture is served, in order.</summary>
public class LocalizationSettingsTests
{
    private static readonly LocalizationSettings Site = new()
    {
        DefaultCulture = "en-US",
        Cultures =
        [
            new CultureDefinition { Name = "en-US" },
            new CultureDefinition { Name = "es-US", Fallback = ["en-US"] },
            new CultureDefinition { Name = "es-MX", Fallback = ["es-US"] },
        ],
    };

    [Theory]
    [InlineData("es-MX", "es-MX,es-US,en-US")]
    [InlineData("es-us", "es-US,en-US")]
    [InlineData("es-AR", "es-US,es-MX,en-US")]
    [InlineData("es", "es-US,es-MX,en-US")]
    [InlineData("fr-FR", "en-US")]
    [InlineData(null, "en-US")]
    [InlineData("not a culture", "en-US")]
    public void Should_serve_the_culture_then_its_fallbacks_then_the_default_when_a_reader_asks(string? requested, string expected)
    {
        var chain = Site.Chain(requested);

        Assert.Equal(expected.Split(','), chain);
    }

    [Theory]
    [InlineData("ES-us", "es-US")]
    [InlineData("zh_hant_tw", "zh-Hant-TW")]
    [InlineData("es-419", "es-419")]
    [InlineData("en", "en")]
    [InlineData("english", null)]
    [InlineData("e", null)]
    [InlineData("es-US-x-private", null)]
    [InlineData("<script>", null)]
    public void Should_write_a_culture_name_in_canonical_case_or_refuse_it(string name, string? expected)
    {
        Assert.Equal(expected, CultureNames.Normalize(name));
    }

    [Theory]
    [InlineData("es", "es-MX", true)]
    [InlineData("es-MX", "es-MX", true)]
    [InlineData("es-MX", "es-US", false)]
    [InlineData("e", "es-US", false)]
    [InlineData("*", "fr-FR", true)]
    public void Should_cover_a_culture_by_language_range_as_rfc_4647_filters(string range, string culture, bool covers)
    {
        Assert.Equal(covers, CultureNames.Covers(range, culture));
    }

    [Fact]
    public void Should_name_every_problem_when_settings_are_inconsistent()
    {
        var broken = new LocalizationSettings
        {
            DefaultCulture = "de-DE",
            Cultures = [new CultureDefinition { Name = "es-US", Fallback = ["pt-BR", "es-US"] }, new CultureDefinition { Name = "es-US" }],
        };

        var problems = broken.Problems().ToList();

        Assert.Contains(problems, p => p.Contains("'pt-BR', which is not enabled", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("cannot fall back to itself", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("listed more than once", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("default culture 'de-DE'", StringComparison.Ordinal));
        Assert.Empty(Site.Problems());
    }

    [Theory]
    [InlineData("Spanish", "es", true)]
    [InlineData("español", "es", true)]
    [InlineData("Espanol", "es", true)]
    [InlineData("es-MX", "es", true)]
    [InlineData("Spanish (Latin America)", "es", true)]
    [InlineData("English", "es", false)]
    [InlineData("Spanglish", "es", false)]
    public void Should_recognize_a_language_however_a_resource_names_it(string written, string language, bool names)
    {
        Assert.Equal(names, LanguageNames.Names(written, language));
    }
}
