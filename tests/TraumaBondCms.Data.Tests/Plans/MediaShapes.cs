using TraumaBondCms.Core.Media;
using TraumaBondCms.Data.Media;

namespace TraumaBondCms.Data.Tests.Plans;

/// <summary>The media library's tables (files, assets, their tags and files, uses by versions), which grow with the library and with content.</summary>
public static class MediaShapes
{
    /// <summary>Every media shape.</summary>
    public static IEnumerable<QueryShape> All()
    {
        var twenty = Enumerable.Range(0, 20).Select(i => i * 61).ToArray();
        yield return Read("media: a file by hash", (s, _) => s.Media.GetFileAsync(MediaSeed.Sha(7)));
        yield return Read("media: files of twenty hashes (GraphQL loader)", (s, _) => s.Media.GetFilesAsync([.. twenty.Select(MediaSeed.Sha)]));
        yield return Read("media: an asset", (s, _) => s.Media.GetAssetAsync(MediaSeed.Asset(7)));
        yield return Read("media: assets of twenty ids (GraphQL loader)", (s, _) => s.Media.GetAssetsAsync([.. twenty.Select(MediaSeed.Asset)]));
        yield return Read("media: the live asset of a file (upload's duplicate check)", (s, _) => s.Media.FindAssetByFileAsync(MediaSeed.Sha(7)));
        yield return Read("media: the files an asset has had", (s, _) => s.Media.GetAssetFilesAsync(MediaSeed.Asset(10)));
        yield return Read("media: library page, newest first", (s, _) => s.Media.ListAsync(new MediaQuery(null, null, null, 48, null)), PlanBound.Page);
        yield return Read("media: library page after a cursor", (s, _) => s.Media.ListAsync(new MediaQuery(null, null, null, 48, MediaSeed.Asset(700))), PlanBound.Page);
        // Kind and words are checked row by row along the newest-first walk until the page is full; a tag's page walks the tag's index.
        yield return Read("media: library page of one kind", (s, _) => s.Media.ListAsync(new MediaQuery(null, null, MediaKind.Document, 48, null)), PlanBound.Walk);
        // SQLite walks the tag's index in order; PostgreSQL, seeing 1,500 assets, hashes the tag's 76 rows against the assets'
        // primary key read whole (about 1,600 rows), which it stops doing once a library is large enough for that to cost more.
        yield return Read("media: library page of a tag", (s, _) => s.Media.ListAsync(new MediaQuery(null, MediaSeed.Tag, null, 48, null)), PlanBound.Page) with { RowBudget = 2_000 };
        yield return Read("media: library page of a tag after a cursor", (s, _) => s.Media.ListAsync(new MediaQuery(null, MediaSeed.Tag, null, 48, MediaSeed.Asset(1_247))), PlanBound.Page) with { RowBudget = 2_000 };
        yield return Read("media: library search by words", (s, _) => s.Media.ListAsync(new MediaQuery("calm 12", null, null, 48, null)), PlanBound.Walk);
        yield return Read("media: an asset's usage (delete guard, usage list)", (s, _) => s.Media.GetUsagesAsync(MediaSeed.Asset(1)));
        yield return Read("media: is a file published (anonymous file access)", (s, _) => s.Media.IsPublishedAsync(MediaSeed.Sha(1)));

        yield return Write("media: add a file", (s, d) => s.Media.AddFileAsync(new MediaFile { Sha256 = MediaSeed.Sha(100_000), MimeType = "image/png", ByteLength = 10, Width = 1, Height = 1, CreatedUtc = d.Now }));
        yield return Write("media: add an asset with tags", async (s, d) =>
        {
            await s.Media.AddFileAsync(new MediaFile { Sha256 = MediaSeed.Sha(100_001), MimeType = "image/png", ByteLength = 10, Width = 1, Height = 1, CreatedUtc = d.Now });
            await s.Media.AddAssetAsync(Asset(MediaSeed.Sha(100_001), d.Now) with { AssetId = "plan-asset", Tags = ["plan", "new"] });
        });
        yield return Write("media: change an asset (tags, file)", async (s, d) => await s.Media.UpdateAssetAsync(Asset(MediaSeed.Sha(MediaSeed.Assets + 10), d.Now) with { AssetId = MediaSeed.Asset(10), Tags = ["edited"] }));
        yield return Write("media: delete an asset", (s, d) => s.Media.DeleteAssetAsync(MediaSeed.Asset(8), "editor1", d.Now));
        yield return Write("media: record a version's uses", (s, d) => s.Media.AddUsesAsync(d.PublishedVersionId, [("image", MediaSeed.Asset(3), MediaSeed.Sha(3)), ("gallery", MediaSeed.Asset(4), MediaSeed.Sha(4))]));
    }

    private static MediaAsset Asset(string sha256, DateTimeOffset at) => new()
    {
        AssetId = "plan-asset",
        FileName = "plan.png",
        Kind = MediaKind.Image,
        Sha256 = sha256,
        CreatedBy = "editor1",
        CreatedUtc = at,
        ModifiedBy = "editor1",
        ModifiedUtc = at,
    };

    private static QueryShape Read<T>(string name, Func<IStoreSession, SeededContent, Task<T>> call, PlanBound bound = PlanBound.Matches) =>
        QueryShape.Read(name, bound, call) with { RowBudget = 500 };

    private static QueryShape Write(string name, Func<IStoreSession, SeededContent, Task> call) => QueryShape.Write(name, call) with { RowBudget = 500 };
}
