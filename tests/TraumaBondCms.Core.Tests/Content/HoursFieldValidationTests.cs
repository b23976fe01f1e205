using TraumaBondCms.Core.Content;
using static TraumaBondCms.Core.Tests.Content.FieldValidation;

namespace TraumaBondCms.Core.Tests.Content;

public class HoursFieldValidationTests
{
    private static readonly ContentFieldDefinition Hours = RecipeContentTypes.Field("Resource", "hours");

    [Theory]
    [InlineData("""{"alwaysOpen":true}""")]
    [InlineData("""{"alwaysOpen":true,"note":"Closed on 25 December"}""")]
    [InlineData("""{"timeZone":"Europe/London","weekly":[{"closes":"17:00","days":["mon","tue","wed","thu","fri"],"opens":"09:00"}]}""")]
    [InlineData("""{"timeZone":"America/New_York","weekly":[{"closes":"02:00","days":["fri","sat"],"opens":"22:00"},{"closes":"24:00","days":["sun"],"opens":"10:00"}]}""")]
    [InlineData("""{"timeZone":"UTC","weekly":[{"closes":"23:59","days":["mon"],"opens":"00:00"}]}""")]
    public void Should_store_hours_when_value_is_always_open_or_a_weekly_schedule(string value)
    {
        var stored = Accept(Hours, value);

        Assert.Equal(value, stored);
    }

    [Theory]
    [InlineData("\"24/7\"", "expects an object")]
    [InlineData("""{"alwaysOpen":true,"timeZone":"UTC"}""", "not both")]
    [InlineData("""{"weekly":[{"days":["mon"],"opens":"09:00","closes":"17:00"}]}""", "IANA time zone")]
    [InlineData("""{"timeZone":"Eastern Standard Time","weekly":[{"days":["mon"],"opens":"09:00","closes":"17:00"}]}""", "IANA time zone")]
    [InlineData("""{"timeZone":"Mars/Olympus","weekly":[{"days":["mon"],"opens":"09:00","closes":"17:00"}]}""", "IANA time zone")]
    [InlineData("""{"timeZone":"UTC","weekly":[]}""", "non-empty array")]
    [InlineData("""{"timeZone":"UTC","weekly":[{"days":["monday"],"opens":"09:00","closes":"17:00"}]}""", "weekly[0] days must be distinct names")]
    [InlineData("""{"timeZone":"UTC","weekly":[{"days":["mon","mon"],"opens":"09:00","closes":"17:00"}]}""", "weekly[0] days must be distinct names")]
    [InlineData("""{"timeZone":"UTC","weekly":[{"days":["mon"],"opens":"9am","closes":"17:00"}]}""", "written HH:mm")]
    [InlineData("""{"timeZone":"UTC","weekly":[{"days":["mon"],"opens":"24:00","closes":"17:00"}]}""", "written HH:mm")]
    [InlineData("""{"timeZone":"UTC","weekly":[{"days":["mon"],"opens":"09:00","closes":"09:00"}]}""", "use alwaysOpen")]
    [InlineData("""{"open":"always"}""", "unknown property 'open'")]
    public void Should_reject_hours_with_the_reason_when_value_is_malformed(string value, string reason)
    {
        var error = Reject(Hours, value);

        Assert.Equal("hours", error.Field);
        Assert.Contains(reason, error.Message);
    }
}
