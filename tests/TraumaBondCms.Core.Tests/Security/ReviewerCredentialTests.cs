using System.Globalization;
using TraumaBondCms.Core.Security;

namespace TraumaBondCms.Core.Tests.Security;

public class ReviewerCredentialTests
{
    private static readonly ReviewerCredential Lcsw = new()
    {
        Title = "LCSW",
        LicenseNumber = "12345",
        Issuer = "California BBS",
        ExpiresOn = new DateOnly(2027, 6, 30),
    };

    [Theory]
    [InlineData(2027, 6, 29, true)]
    [InlineData(2027, 6, 30, true)]
    [InlineData(2027, 7, 1, false)]
    [InlineData(2030, 1, 1, false)]
    public void Should_be_valid_through_the_expiry_day_when_checked_on_a_date(int year, int month, int day, bool expected)
    {
        var valid = Lcsw.IsValidOn(new DateOnly(year, month, day));

        Assert.Equal(expected, valid);
    }

    [Fact]
    public void Should_describe_title_licence_issuer_and_expiry_when_issuer_is_known()
    {
        var text = Lcsw.ToString();

        Assert.Equal("LCSW, licence 12345 (California BBS), valid to 2027-06-30", text);
    }

    [Fact]
    public void Should_leave_out_the_issuer_when_it_is_not_recorded()
    {
        var text = (Lcsw with { Issuer = null }).ToString();

        Assert.Equal("LCSW, licence 12345, valid to 2027-06-30", text);
    }

    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    public void Should_write_a_gregorian_iso_date_when_current_culture_uses_another_calendar(string culture)
    {
        // The description is copied into audit entries; it must read the same whatever the server's culture.
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo(culture);
        try
        {
            var text = Lcsw.ToString();

            Assert.EndsWith("valid to 2027-06-30", text);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
