using TraumaBondCms.GraphQL.Tests.Validation.Oracle;
using TraumaBondCms.GraphQL.Tests.Validation.Support;
using Xunit.Abstractions;

namespace TraumaBondCms.GraphQL.Tests.Validation;

/// <summary>
/// 20,000 generated and mutated documents (fixed seed) through parser and validator: nothing but
/// <c>GraphQLSyntaxException</c> may escape, and no document may take 100 ms (a bound
/// against runaway algorithms, not a performance claim; bench/TraumaBondCms.GraphQL.Fuzz runs 100,000+).
/// </summary>
public class ValidationFuzzTests(ITestOutputHelper output)
{
    private const int Documents = 20_000;

    [Fact]
    public void Should_only_throw_syntax_errors_and_stay_fast_when_validating_random_documents()
    {
        var seeds = OracleCorpus.HandWritten().Select(entry => entry.Document).ToList();
        var runner = new FuzzRunner(ValidationTestSchema.Schema, seeds);

        var report = runner.Run(Documents, seed: 20211026);

        output.WriteLine(report.ToString());
        Assert.True(report.Failures.Count == 0, $"{report.Failures.Count} documents threw; the first:\n{report.Failures.FirstOrDefault()?.Document}\n{report.Failures.FirstOrDefault()?.Exception}");
        Assert.True(report.Slowest.TotalMilliseconds < 100, $"Slowest document took {report.Slowest.TotalMilliseconds:F1} ms:\n{report.SlowestDocument}");
        Assert.True(report.Valid > Documents / 10 && report.Invalid > Documents / 10, report.ToString());
    }
}
