using System.Diagnostics;
using System.Security.Cryptography;
using NetVips;
using TraumaBondCms.Core.Media;
using TraumaBondCms.Web.Media;

namespace TraumaBondCms.Media.Bench;

/// <summary>
/// Variant generation, a 4000 x 3000 photo to an 800-pixel WebP: libvips alone (thumbnail + WebP save of the stored master,
/// the least any implementation must do) beside the CMS's path (<see cref="MediaVariantCache"/>: read the stored file, make
/// the variant with <see cref="NetVipsImageProcessor"/>, write it to the disk cache), one at a time and with as many at once
/// as there are cores. Also ingest (what an upload costs: decode, orientation, strip, re-encode, placeholders). Each phase
/// reports images per second of wall time and per CPU second of this process, and its peak resident memory.
/// </summary>
public sealed class VariantBenchmark(int images, string folder, Action<string> report)
{
    private readonly NetVipsImageProcessor _processor = new();

    /// <summary>Runs every phase; returns the rows printed.</summary>
    public async Task<IReadOnlyList<PhaseResult>> RunAsync()
    {
        var upload = TestPhoto.Jpeg(4000, 3000);
        var sniffed = MediaSniffer.Inspect(upload, 50_000_000, 12_000);
        var master = _processor.Process(upload, sniffed).Bytes;
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(master));
        var store = new FileSystemMediaStore(Path.Combine(folder, "media"));
        await store.PutAsync(sha256, master, "image/jpeg");
        report($"Photo: 4000 x 3000 JPEG, upload {upload.Length / 1024:N0} KiB, stored master {master.Length / 1024:N0} KiB; " +
               $"variant: 800 px WebP, {_processor.Variant(master, 800, VariantFormat.WebP).Length / 1024:N0} KiB; libvips {NetVipsImageProcessor.LibvipsVersion}, {Environment.ProcessorCount} cores");

        var results = new List<PhaseResult>();
        var parallel = Environment.ProcessorCount;
        var run = 0;
        foreach (var (name, width, make) in new (string, int, Func<Task>)[]
        {
            ("libvips alone, 1 at a time", 1, () => Task.Run(() => LibvipsAlone(master))),
            ("CMS variant path, 1 at a time", 1, () => CmsPathAsync(store, sha256, ++run)),
            ($"libvips alone, {parallel} at once", parallel, () => Task.Run(() => LibvipsAlone(master))),
            ($"CMS variant path, {parallel} at once", parallel, () => CmsPathAsync(store, sha256, Interlocked.Increment(ref run))),
            ("ingest (upload processing), 1 at a time", 1, () => Task.Run(() => _processor.Process(upload, sniffed))),
        })
        {
            await make(); // warm-up: JIT and libvips's first-use setup stay out of the figures
            var result = await MeasureAsync(name, width, make);
            report(result.ToString());
            results.Add(result);
        }

        return results;
    }

    // The least work a variant needs: shrink-on-load thumbnail of the master and a WebP save without metadata.
    private static byte[] LibvipsAlone(byte[] master)
    {
        using var thumbnail = Image.ThumbnailBuffer(master, 800, height: 100_000, size: Enums.Size.Down);
        return thumbnail.WriteToBuffer(".webp", new VOption { { "Q", 78 }, { "keep", Enums.ForeignKeep.None } });
    }

    // A fresh cache folder each time, so every call makes the variant (and writes it) instead of finding it.
    private async Task CmsPathAsync(FileSystemMediaStore store, string sha256, int run)
    {
        var cache = new MediaVariantCache(Path.Combine(folder, "cache", run.ToString(System.Globalization.CultureInfo.InvariantCulture)), store, _processor);
        _ = await cache.VariantPathAsync(sha256, 800, VariantFormat.WebP) ?? throw new InvalidOperationException("The stored master is missing.");
    }

    private async Task<PhaseResult> MeasureAsync(string name, int concurrency, Func<Task> make)
    {
        var peakReset = PeakMemory.Reset();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= images)
            {
                await make();
            }
        }));
        var wall = watch.Elapsed;
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return new PhaseResult(name, images, wall, used, PeakMemory.PeakMiB(), peakReset);
    }
}
