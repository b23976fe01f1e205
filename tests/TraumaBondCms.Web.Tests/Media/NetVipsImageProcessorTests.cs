using TraumaBondCms.Core.Media;
using TraumaBondCms.Web.Media;

namespace TraumaBondCms.Web.Tests.Media;

/// <summary>
/// What libvips admits unchanged from another instance (<see cref="NetVipsImageProcessor.Admit"/>): exactly the files an
/// upload stores here, with the same size (placeholders are measured again from the stored pixels, so a lossy file's may
/// differ from those its upload measured before encoding); nothing that still carries metadata.
/// </summary>
public sealed class NetVipsImageProcessorTests
{
    private readonly NetVipsImageProcessor _processor = new();

    public static TheoryData<string> Formats => new() { ".jpg", ".png", ".webp", ".avif", ".gif" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Should_admit_unchanged_with_the_same_facts_a_file_that_an_upload_stored(string suffix)
    {
        var upload = TestImages.Encoded(suffix, 240, 160, 91);
        var stored = _processor.Process(upload, Sniff(upload));

        var admitted = _processor.Admit(stored.Bytes, Sniff(stored.Bytes));

        Assert.Same(stored.Bytes, admitted.Bytes);
        Assert.Equal((stored.Format, stored.Width, stored.Height), (admitted.Format, admitted.Width, admitted.Height));
        Assert.Matches("^#[0-9a-f]{6}$", admitted.DominantColor);
        Assert.Equal(stored.BlurHash!.Length, admitted.BlurHash?.Length);
    }

    [Fact]
    public void Should_refuse_an_image_that_still_carries_its_exif_gps_tags()
    {
        var photo = TestImages.JpegWithGps();

        var refused = Assert.Throws<MediaRefusedException>(() => _processor.Admit(photo, Sniff(photo)));

        Assert.Contains("carries metadata (exif-data)", refused.Message);
    }

    [Fact]
    public void Should_refuse_a_gif_which_an_upload_never_stores()
    {
        var gif = TestImages.Encoded(".gif");

        var refused = Assert.Throws<MediaRefusedException>(() => _processor.Admit(gif, Sniff(gif)));

        Assert.Equal(MediaRefusalKind.UnsupportedType, refused.Kind);
    }

    private static SniffedMedia Sniff(byte[] bytes) => MediaSniffer.Inspect(bytes, 50_000_000, 12_000);
}
