using NetVips;

namespace TraumaBondCms.Media.Bench;

/// <summary>
/// A photo-like JPEG for the bench: smooth colour waves (as in sky and skin) with sensor-like noise on top, so the encoder and
/// decoder do the work a real photo asks of them (a flat or pure-noise image would flatter or punish them). Deterministic.
/// </summary>
public static class TestPhoto
{
    /// <summary>A <paramref name="width"/> x <paramref name="height"/> sRGB JPEG at quality 90, as a camera or phone would save it.</summary>
    public static byte[] Jpeg(int width, int height)
    {
        using var red = Image.Sines(width, height, hfreq: 1.5, vfreq: 1);
        using var green = Image.Sines(width, height, hfreq: 0.7, vfreq: 2.5);
        using var blue = Image.Sines(width, height, hfreq: 3, vfreq: 0.5);
        using var waves = red.Bandjoin(green, blue);
        using var scaled = waves.Linear([90.0], [128.0]);
        using var noise = Image.Gaussnoise(width, height, sigma: 9, mean: 0);
        using var grainy = scaled.Add(noise);
        using var photo = grainy.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        return photo.WriteToBuffer(".jpg", new VOption { { "Q", 90 } });
    }
}
