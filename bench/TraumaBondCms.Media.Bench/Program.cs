using TraumaBondCms.Media.Bench;

// dotnet run -c Release --project bench/TraumaBondCms.Media.Bench -- [variants] [--images N]
//   variants (default): 4000 x 3000 JPEG to 800 px WebP: libvips alone vs the CMS's variant path, 1 at a time and one per
//   core at once, images/s (wall and per CPU second) and peak RSS per phase; ingest of the same photo.
// dotnet run -c Release --project bench/TraumaBondCms.Media.Bench -- publish --cms URL --password P --second-admin NAME
//     --second-admin-password P --out DIR
//   the setup of bench/media-variants.sh: a published article with the photo in a running CMS (whose operator made a second
//   administrator, who confirms the reviewer's credential); prints the variant's path.
var mode = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "variants";
string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
string Load() => File.Exists("/proc/loadavg") ? "load " + string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "load unknown";

if (mode == "publish")
{
    var path = await PublishedImageSetup.RunAsync(
        new Uri(Option("--cms") ?? throw new ArgumentException("--cms URL")),
        Option("--password") ?? throw new ArgumentException("--password P"),
        Option("--second-admin") ?? throw new ArgumentException("--second-admin NAME"),
        Option("--second-admin-password") ?? throw new ArgumentException("--second-admin-password P"),
        Option("--out") ?? throw new ArgumentException("--out DIR"));
    Console.WriteLine(path);
    return 0;
}

var folder = Path.Combine(Path.GetTempPath(), "tbcms-media-bench", Guid.NewGuid().ToString("N"));
var images = int.Parse(Option("--images") ?? "40", System.Globalization.CultureInfo.InvariantCulture);
Console.WriteLine($"TraumaBondCms media bench: {images} images per phase, .NET {Environment.Version}, {Load()}");
try
{
    var results = await new VariantBenchmark(images, folder, Console.WriteLine).RunAsync();
    var (alone, cms) = (results[0], results[1]);
    Console.WriteLine($"CMS variant path / libvips alone, 1 at a time: {cms.PerSecond / alone.PerSecond:0.00}x images/s, {cms.PerCpuSecond / alone.PerCpuSecond:0.00}x per CPU-s ({Load()})");
    return 0;
}
finally
{
    Directory.Delete(folder, recursive: true);
}
