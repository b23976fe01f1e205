using System.Diagnostics;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.GraphQL.Validation;

namespace TraumaBondCms.GraphQL.Tests.Validation.Support;

/// <summary>
/// Runs generated and mutated documents through the parser and the validator: a document may fail to parse
/// with <see cref="GraphQLSyntaxException"/>, and must otherwise validate without any exception. Times each
/// document (re-timing a slow one to rule out a collection pause) and keeps the slowest. Shared by the fuzz
/// test and the fuzz console; no test-framework dependency.
/// </summary>
internal sealed class FuzzRunner(Schema schema, IReadOnlyList<string> seeds)
{
    public sealed record Failure(string Document, Exception Exception);

    public sealed class Report
    {
        public int Documents { get; set; }

        public int SyntaxErrors { get; set; }

        public int Valid { get; set; }

        public int Invalid { get; set; }

        public long Errors { get; set; }

        public TimeSpan Total { get; set; }

        /// <summary>The slowest document's time, re-timed (best of four) when the first run took over 5 ms.</summary>
        public TimeSpan Slowest { get; set; }

        /// <summary>The slowest first run of any document, collection pauses and JIT included.</summary>
        public TimeSpan SlowestFirstRun { get; set; }

        public string SlowestDocument { get; set; } = "";

        public List<Failure> Failures { get; } = [];

        public override string ToString() =>
            $"{Documents:N0} documents: {Valid:N0} valid, {Invalid:N0} invalid ({Errors:N0} errors), {SyntaxErrors:N0} syntax errors; " +
            $"{Failures.Count} failures; total {Total.TotalSeconds:F1} s, slowest {Slowest.TotalMilliseconds:F2} ms ({SlowestDocument.Length:N0} chars; " +
            $"slowest first run {SlowestFirstRun.TotalMilliseconds:F2} ms).";
    }

    public Report Run(int count, int seed)
    {
        var random = new Random(seed);
        var mutator = new DocumentMutator(schema, random);
        var report = new Report();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var generator = new ValidationDocumentGenerator(schema, random) { FaultRate = (i % 5) * 0.02 };
            var text = (i % 4) switch
            {
                0 => generator.Document(),
                1 => mutator.Mutate(generator.Document()),
                2 => mutator.Mutate(seeds[random.Next(seeds.Count)]),
                _ => string.Concat(Enumerable.Range(0, random.Next(2, 6)).Select(_ => generator.Document())),
            };

            report.Documents++;
            var elapsed = Time(text, report);
            if (elapsed > report.SlowestFirstRun)
            {
                report.SlowestFirstRun = elapsed;
            }

            if (elapsed.TotalMilliseconds > 5)
            {
                // Time it again before blaming the validator for a collection pause or JIT.
                elapsed = TimeSpan.FromTicks(Math.Min(elapsed.Ticks, Enumerable.Range(0, 3).Min(_ => Time(text, null).Ticks)));
            }

            if (elapsed > report.Slowest)
            {
                report.Slowest = elapsed;
                report.SlowestDocument = text;
            }
        }

        report.Total = clock.Elapsed;
        return report;
    }

    private TimeSpan Time(string text, Report? report)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var document = Parser.Parse(text);
            var errors = DocumentValidator.Validate(schema, document);
            clock.Stop();
            if (report is not null)
            {
                report.Valid += errors.Count == 0 ? 1 : 0;
                report.Invalid += errors.Count == 0 ? 0 : 1;
                report.Errors += errors.Count;
            }
        }
        catch (GraphQLSyntaxException)
        {
            clock.Stop();
            if (report is not null)
            {
                report.SyntaxErrors++;
            }
        }
        catch (Exception error)
        {
            clock.Stop();
            report?.Failures.Add(new Failure(text, error));
        }

        return clock.Elapsed;
    }
}
