using TraumaBondCms.Core.Media;
using TraumaBondCms.Data.Media;

namespace TraumaBondCms.Data.Tests.Contract;

/// <summary>The media library's rows: files by hash, assets and their files, search, and which versions use which file.</summary>
public abstract class MediaContract : StoreContract
{
    [Fact]
    public async Task Should_keep_the_first_row_when_the_same_file_is_added_twice()
    {
        var file = File('a');

        await WriteAsync(async s =>
        {
            await s.Media.AddFileAsync(file);
            await s.Media.AddFileAsync(file with { MimeType = "image/png", Width = 1 });
        });

        var stored = await ReadAsync(s => s.Media.GetFileAsync(file.Sha256));
        Assert.Equal(file, stored);
        Assert.Equal([file.Sha256], (await ReadAsync(s => s.Media.GetFilesAsync([file.Sha256, Hash('f')]))).Keys);
    }

    [Fact]
    public async Task Should_find_assets_by_name_alt_text_tag_and_kind_newest_first_when_the_library_is_searched()
    {
        var cycle = await AddAssetAsync('a', "cycle.png", alt: "Four arrows in a 100% circle", tags: ["Diagrams"]);
        var plan = await AddAssetAsync('b', "safety-plan.pdf", kind: MediaKind.Document, tags: ["forms", "diagrams"]);
        var hands = await AddAssetAsync('c', "hands_1.jpg", alt: "Two hands");

        var all = await ListAsync(new MediaQuery(null, null, null, 10, null));
        var page = await ListAsync(new MediaQuery(null, null, null, 2, null));
        var next = await ListAsync(new MediaQuery(null, null, null, 2, page[^1]));
        var byWords = await ListAsync(new MediaQuery("ARROWS circle", null, null, 10, null));
        var byPercent = await ListAsync(new MediaQuery("100%", null, null, 10, null));
        var byUnderscore = await ListAsync(new MediaQuery("s_1", null, null, 10, null));
        var byTag = await ListAsync(new MediaQuery(null, "DIAGRAMS", null, 10, null));
        var byTagFirst = await ListAsync(new MediaQuery(null, "diagrams", null, 1, null));
        var byTagNext = await ListAsync(new MediaQuery(null, "diagrams", null, 1, byTagFirst[^1]));
        var documents = await ListAsync(new MediaQuery(null, "diagrams", MediaKind.Document, 10, null));

        Assert.Equal([hands, plan, cycle], all);
        Assert.Equal([hands, plan], page);
        Assert.Equal([cycle], next);
        Assert.Equal([cycle], byWords);
        Assert.Equal([cycle], byPercent);
        Assert.Equal([hands], byUnderscore);
        Assert.Equal([plan, cycle], byTag);
        Assert.Equal([plan, cycle], byTagFirst.Concat(byTagNext));
        Assert.Equal([plan], documents);
        Assert.Equal(["diagrams"], (await ReadAsync(s => s.Media.GetAssetAsync(cycle)))!.Tags);
    }

    [Fact]
    public async Task Should_keep_every_file_an_asset_has_had_when_its_file_is_replaced()
    {
        var id = await AddAssetAsync('a', "cycle.png", tags: ["old"]);
        var asset = (await ReadAsync(s => s.Media.GetAssetAsync(id)))!;
        var replacement = File('b');

        await WriteAsync(async s =>
        {
            await s.Media.AddFileAsync(replacement);
            await s.Media.UpdateAssetAsync(asset with { Sha256 = replacement.Sha256, Tags = ["new"], FocalX = 0.25, ModifiedUtc = Build.Tick(), ModifiedBy = "editor.two" });
        });

        var stored = (await ReadAsync(s => s.Media.GetAssetAsync(id)))!;
        Assert.Equal((replacement.Sha256, 0.25, "editor.two"), (stored.Sha256, stored.FocalX, stored.ModifiedBy));
        Assert.Equal([replacement.Sha256, Hash('a')], await ReadAsync(s => s.Media.GetAssetFilesAsync(id)));
        Assert.Equal(id, (await ReadAsync(s => s.Media.FindAssetByFileAsync(replacement.Sha256)))?.AssetId);
        Assert.Null(await ReadAsync(s => s.Media.FindAssetByFileAsync(Hash('a'))));
        Assert.Empty(await ListAsync(new MediaQuery(null, "old", null, 10, null)));
        Assert.Equal([id], await ListAsync(new MediaQuery(null, "new", null, 10, null)));
    }

    [Fact]
    public async Task Should_add_an_earlier_file_to_an_asset_once_and_keep_its_current_file_when_content_arrives_from_another_instance()
    {
        var id = await AddAssetAsync('a', "cycle.png");
        var earlier = File('b');

        await WriteAsync(async s =>
        {
            await s.Media.AddFileAsync(earlier);
            await s.Media.AddAssetFileAsync(id, earlier.Sha256, Build.Tick());
            await s.Media.AddAssetFileAsync(id, earlier.Sha256, Build.Tick());
        });

        Assert.Equal(Hash('a'), (await ReadAsync(s => s.Media.GetAssetAsync(id)))!.Sha256);
        Assert.Equal([earlier.Sha256, Hash('a')], await ReadAsync(s => s.Media.GetAssetFilesAsync(id)));
        Assert.Null(await ReadAsync(s => s.Media.FindAssetByFileAsync(earlier.Sha256)));
    }

    [Fact]
    public async Task Should_hide_an_asset_from_the_library_but_keep_its_row_when_it_is_deleted()
    {
        var id = await AddAssetAsync('a', "spare.png", tags: ["spare"]);

        var deleted = false;
        var again = true;
        await WriteAsync(async s =>
        {
            deleted = await s.Media.DeleteAssetAsync(id, "admin", Build.Tick());
            again = await s.Media.DeleteAssetAsync(id, "admin", Build.Tick());
        });

        Assert.True(deleted);
        Assert.False(again);
        Assert.Empty(await ListAsync(new MediaQuery(null, null, null, 10, null)));
        Assert.Empty(await ListAsync(new MediaQuery(null, "spare", null, 10, null)));
        Assert.NotNull((await ReadAsync(s => s.Media.GetAssetAsync(id)))?.DeletedUtc);
        Assert.Null(await ReadAsync(s => s.Media.FindAssetByFileAsync(Hash('a'))));
    }

    [Fact]
    public async Task Should_list_latest_and_published_uses_and_serve_only_published_files_when_versions_use_an_asset()
    {
        var id = await AddAssetAsync('a', "cycle.png");
        await WriteAsync(s => s.Media.AddFileAsync(File('b')));
        var first = await CreateAsync(Build.Item(title: "The cycle"));
        await WriteAsync(s => s.Media.AddUsesAsync(first.ContentItemVersionId, [("image", id, Hash('a')), ("image", id, Hash('a'))]));
        var published = await PublishAsync(first);
        var draft = await AddVersionAsync(Build.NextVersion(published, title: "The cycle, redrawn"));
        await WriteAsync(s => s.Media.AddUsesAsync(draft.ContentItemVersionId, [("image", id, Hash('b'))]));

        var usages = await ReadAsync(s => s.Media.GetUsagesAsync(id));

        Assert.Equal(
            [(first.ContentItemVersionId, false, true, Hash('a')), (draft.ContentItemVersionId, true, false, Hash('b'))],
            usages.Select(u => (u.ContentItemVersionId, u.Latest, u.Published, u.Sha256)).OrderBy(u => u.Published).Reverse().ToArray());
        Assert.True(await ReadAsync(s => s.Media.IsPublishedAsync(Hash('a'))));
        Assert.False(await ReadAsync(s => s.Media.IsPublishedAsync(Hash('b'))));

        await WriteAsync(s => s.Content.DeleteAsync(first.ContentItemId, "admin", Build.Tick()));

        Assert.Empty(await ReadAsync(s => s.Media.GetUsagesAsync(id)));
        Assert.False(await ReadAsync(s => s.Media.IsPublishedAsync(Hash('a'))));
    }

    private static string Hash(char digit) => new(digit, 64);

    private MediaFile File(char digit, int? width = 40) => new()
    {
        Sha256 = Hash(digit),
        MimeType = width is null ? "application/pdf" : "image/png",
        ByteLength = 1234,
        Width = width,
        Height = width is null ? null : 30,
        DominantColor = width is null ? null : "#336699",
        BlurHash = width is null ? null : "LEHV6nWB2yk8pyo0adR*.7kCMdnj",
        CreatedUtc = Build.Tick(),
    };

    private async Task<string> AddAssetAsync(char digit, string fileName, string? alt = null, MediaKind kind = MediaKind.Image, string[]? tags = null)
    {
        var file = File(digit, kind == MediaKind.Image ? 40 : null);
        var at = Build.Tick();
        var asset = new MediaAsset
        {
            AssetId = "asset" + digit + new string('0', 20),
            FileName = fileName,
            Kind = kind,
            Sha256 = file.Sha256,
            Alt = alt,
            Tags = (tags ?? []).Select(t => t.ToLowerInvariant()).ToArray(),
            CreatedBy = "editor",
            CreatedUtc = at,
            ModifiedBy = "editor",
            ModifiedUtc = at,
        };
        await WriteAsync(async s =>
        {
            await s.Media.AddFileAsync(file);
            await s.Media.AddAssetAsync(asset);
        });
        return asset.AssetId;
    }

    private async Task<string[]> ListAsync(MediaQuery query) => (await ReadAsync(s => s.Media.ListAsync(query))).Select(a => a.AssetId).ToArray();
}
