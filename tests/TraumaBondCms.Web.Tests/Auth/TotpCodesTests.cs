using System.Text;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Auth;

/// <summary>
/// The authenticator codes the CMS accepts are RFC 6238's: the test vectors of RFC 6238 Appendix B (SHA-1, the last six of
/// their eight digits) at the clock's time, the tests' own reference computation, one step of drift either side and no more.
/// </summary>
public sealed class TotpCodesTests
{
    // RFC 6238 Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
    private static readonly byte[] RfcSeed = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public void Should_accept_the_rfc_6238_test_vector_when_the_clock_is_at_its_time(long unixSeconds, string eightDigits)
    {
        var clock = new ManualClock();
        clock.Advance(DateTimeOffset.FromUnixTimeSeconds(unixSeconds) - clock.GetUtcNow());
        var codes = new TotpCodes(clock);

        var step = codes.MatchStep(RfcSeed, eightDigits[2..]);

        Assert.Equal(unixSeconds / 30, step);
        Assert.Equal(eightDigits, Rfc6238.Code(RfcSeed, clock.GetUtcNow(), digits: 8));
    }

    [Fact]
    public void Should_accept_one_step_of_drift_and_refuse_two()
    {
        var clock = new ManualClock();
        var secret = TotpCodes.NewSecret();
        var codes = new TotpCodes(clock);
        var now = clock.GetUtcNow();

        var previous = codes.MatchStep(secret, Rfc6238.Code(secret, now.AddSeconds(-30)));
        var current = codes.MatchStep(secret, Rfc6238.Code(TotpCodes.ToBase32(secret), now));
        var twoBehind = codes.MatchStep(secret, Rfc6238.Code(secret, now.AddSeconds(-60)));
        var twoAhead = codes.MatchStep(secret, Rfc6238.Code(secret, now.AddSeconds(60)));

        Assert.Equal(now.ToUnixTimeSeconds() / 30 - 1, previous);
        Assert.Equal(now.ToUnixTimeSeconds() / 30, current);
        Assert.Null(twoBehind);
        Assert.Null(twoAhead);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    public void Should_refuse_a_code_that_is_not_six_digits(string code)
    {
        var codes = new TotpCodes(new ManualClock());

        Assert.Null(codes.MatchStep(TotpCodes.NewSecret(), code));
    }
}
