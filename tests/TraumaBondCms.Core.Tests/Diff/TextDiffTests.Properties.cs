using System.Text.RegularExpressions;
using TraumaBondCms.Core.Diff;
using TraumaBondCms.Tests.TestData;

namespace TraumaBondCms.Core.Tests.Diff;

// Properties that must hold for any edit, checked over thousands of seeded random edits of the seed articles.
public partial class TextDiffTests
{
    private const int Cases = 3000;

    public static TheoryData<string> SeedNames => ["000", "001", "002"];

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Should_rebuild_both_texts_exactly_when_seed_text_is_edited_at_random(string seedName)
    {
        var source = SeedFiles.Read(seedName);
        var edits = new RandomEdits(seed: 7919 * (int.Parse(seedName) + 1));

        for (var i = 0; i < Cases / 3; i++)
        {
            var before = edits.Window(source, maxLength: 1500);
            var after = edits.Apply(before, maxEdits: 6);

            var diff = TextDiff.Compare(before, after);

            DiffAssert.Rebuilds(diff.Segments, before, after);
            Assert.Equal(before != after, diff.HasChanges);
            Assert.Equal(DiffGranularity.Word, diff.Granularity);
        }
    }

    [Fact]
    public void Should_rebuild_both_texts_exactly_when_a_whole_article_is_edited_in_many_places()
    {
        var before = SeedFiles.Read("001");
        var edits = new RandomEdits(seed: 104729);

        for (var i = 0; i < 20; i++)
        {
            var after = edits.Apply(before, maxEdits: 60);

            var diff = TextDiff.Compare(before, after);

            DiffAssert.Rebuilds(diff.Segments, before, after);
        }
    }

    [Fact]
    public void Should_rebuild_both_texts_exactly_when_every_line_of_a_long_text_is_edited()
    {
        var before = string.Concat(Enumerable.Repeat(SeedFiles.Read("002"), 12));
        var edits = new RandomEdits(seed: 15485863);
        var after = string.Concat(Regex.Split(before, "(?<=\n)").Select(line => edits.Apply(line, maxEdits: 3)));

        var diff = TextDiff.Compare(before, after);

        Assert.Equal(DiffGranularity.Line, diff.Granularity);
        DiffAssert.Rebuilds(diff.Segments, before, after);
    }
}
