using System.Text;
using TraumaBondCms.GraphQL.Tests.Validation.Support;
using Xunit.Abstractions;

namespace TraumaBondCms.GraphQL.Tests.Validation.Oracle;

/// <summary>
/// Compares our verdict on every <see cref="OracleCorpus"/> document with graphql-js 16.11 (<c>parse</c> +
/// <c>validate</c> with <c>specifiedRules</c>, run once through node): syntax error, valid or invalid must
/// agree for every document, and so must the number of errors, apart from the differences
/// <see cref="JustifiedDifferences"/> documents with their spec citations.
/// </summary>
public class OracleDifferentialTests(ITestOutputHelper output)
{
    [Fact]
    public void Should_agree_with_graphql_js_when_validating_the_corpus()
    {
        var corpus = OracleCorpus.All();

        var theirs = GraphQLJsOracle.Validate(ValidationTestSchema.Sdl, [.. corpus.Select(entry => entry.Document)]);

        Assert.Equal(corpus.Count, theirs.Count);
        var mismatches = new StringBuilder();
        var mismatchCount = 0;
        var normalized = 0;
        var kinds = new Dictionary<string, int>();
        for (var i = 0; i < corpus.Count; i++)
        {
            var (kind, ours) = OracleCorpus.Verdict(corpus[i].Document);
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            if (JustifiedDifferences.IsAcceptedCrash(theirs[i], kind))
            {
                normalized++;
                continue;
            }

            var (expected, removed) = kind == "invalid" ? JustifiedDifferences.Normalize(corpus[i].Document, theirs[i].Errors) : ([.. theirs[i].Errors], 0);
            normalized += removed > 0 ? 1 : 0;
            if (kind != theirs[i].Kind || (kind == "invalid" && ours.Count != expected.Count))
            {
                mismatchCount++;
                mismatches.Append($"\n--- {corpus[i].Name}: ours {kind} ({ours.Count}), graphql-js {theirs[i].Kind} ({expected.Count} after normalizing)\n")
                    .Append(corpus[i].Document).Append("\n  ours:\n")
                    .Append(ValidationHarness.Describe(ours)).Append("\n  graphql-js:\n")
                    .AppendJoin("\n", theirs[i].Errors.Select(e => $"  {e.Message} @ {string.Join(", ", e.Locations.Select(l => $"{l.Line}:{l.Column}"))}"))
                    .Append('\n');
            }
        }

        output.WriteLine($"{corpus.Count} documents: {string.Join(", ", kinds.OrderBy(k => k.Key).Select(k => $"{k.Value} {k.Key}"))}; {normalized} needed a justified difference; {mismatchCount} mismatches.");
        Assert.True(mismatchCount == 0, $"{mismatchCount} of {corpus.Count} documents disagree with graphql-js:{mismatches}");
    }

    [Fact]
    public void Should_match_each_hand_written_entry_label_when_validating_it()
    {
        var entries = OracleCorpus.HandWritten();

        var mislabeled = entries
            .Where(entry => entry.Name.Contains("-valid-", StringComparison.Ordinal) != (OracleCorpus.Verdict(entry.Document).Kind == "valid"))
            .Select(entry => entry.Name)
            .ToList();

        Assert.True(entries.Count >= 250, $"Only {entries.Count} hand-written entries were read.");
        Assert.True(mislabeled.Count == 0, "Entries whose -valid-/-invalid- label is wrong: " + string.Join(", ", mislabeled));
    }
}
