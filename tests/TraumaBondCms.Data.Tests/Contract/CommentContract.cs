using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Data.Tests.Contract;

/// <summary>Review comments: anchored threads per version, listed oldest first, resolved once.</summary>
public abstract class CommentContract : StoreContract
{
    [Fact]
    public async Task Should_read_every_property_back_when_an_anchored_reply_is_added()
    {
        var item = await CreateAsync(Build.Item());
        var thread = Comment(item, "Please soften this sentence.");
        var reply = Comment(item, "Done — \"softer\" now, naïve wording gone.") with
        {
            ParentId = thread.CommentId,
            Field = "body",
            RangeStart = 3,
            RangeEnd = 17,
            QuotedText = "of version 1: ",
        };

        await WriteAsync(async s =>
        {
            await s.Comments.AddAsync(thread);
            await s.Comments.AddAsync(reply);
        });

        Assert.Equal(reply, await ReadAsync(s => s.Comments.GetAsync(reply.CommentId)));
        Assert.Equal(thread, await ReadAsync(s => s.Comments.GetAsync(thread.CommentId)));
    }

    [Fact]
    public async Task Should_find_nothing_when_the_comment_id_is_unknown()
    {
        var id = ContentIds.New();

        var comment = await ReadAsync(s => s.Comments.GetAsync(id));

        Assert.Null(comment);
    }

    [Fact]
    public async Task Should_list_an_items_comments_oldest_first_and_by_version_when_asked()
    {
        var first = await CreateAsync(Build.Item());
        var second = await AddVersionAsync(Build.NextVersion(first));
        var other = await CreateAsync(Build.Item());
        var (a, b, c, elsewhere) = (Comment(first, "a"), Comment(second, "b"), Comment(first, "c"), Comment(other, "elsewhere"));
        await WriteAsync(async s =>
        {
            foreach (var comment in new[] { c, elsewhere, b, a })
            {
                await s.Comments.AddAsync(comment);
            }
        });

        var all = await ReadAsync(s => s.Comments.ListAsync(first.ContentItemId));
        var ofFirst = await ReadAsync(s => s.Comments.ListAsync(first.ContentItemId, first.ContentItemVersionId));

        Assert.Equal([a, b, c], all);
        Assert.Equal([a, c], ofFirst);
    }

    [Fact]
    public async Task Should_resolve_a_comment_once_when_resolved_twice()
    {
        var item = await CreateAsync(Build.Item());
        var comment = Comment(item, "Cite the source.");
        await WriteAsync(s => s.Comments.AddAsync(comment));
        var (at, later) = (Build.Tick(), Build.Tick());

        var first = false;
        var second = true;
        var unknown = true;
        await WriteAsync(async s =>
        {
            first = await s.Comments.ResolveAsync(comment.CommentId, "dr.lee", at);
            second = await s.Comments.ResolveAsync(comment.CommentId, "someone.else", later);
            unknown = await s.Comments.ResolveAsync(ContentIds.New(), "dr.lee", at);
        });

        Assert.Equal((true, false, false), (first, second, unknown));
        Assert.Equal(comment with { ResolvedUtc = at, ResolvedBy = "dr.lee" }, await ReadAsync(s => s.Comments.GetAsync(comment.CommentId)));
    }

    private ReviewComment Comment(ContentItem version, string body) => new()
    {
        CommentId = ContentIds.New(),
        ContentItemId = version.ContentItemId,
        ContentItemVersionId = version.ContentItemVersionId,
        Author = "dr.lee",
        Body = body,
        CreatedUtc = Build.Tick(),
    };
}
