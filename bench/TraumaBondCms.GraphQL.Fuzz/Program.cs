using System.Globalization;
using TraumaBondCms.GraphQL.Tests.Validation.Support;

// Usage: dotnet run -c Release --project bench/TraumaBondCms.GraphQL.Fuzz -- [documents (default 100000)] [seed (default 20211026)]
// Generates and mutates documents for the validation test schema and runs each through Parser + DocumentValidator.
// Fails (exit code 1) when anything but GraphQLSyntaxException escapes or a document takes 100 ms or more.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20211026;

// Seeds for mutation: the hand-written documents of the differential test's corpus.
var seeds = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "corpus.graphql"))
    .Split("\n# === ")
    .Skip(1)
    .Select(entry => entry[(entry.IndexOf('\n', StringComparison.Ordinal) + 1)..])
    .ToList();

var runner = new FuzzRunner(ValidationTestSchema.Schema, seeds);
runner.Run(200, seed + 1); // Warm up the JIT so the first documents are not timed cold.
var report = runner.Run(count, seed);

Console.WriteLine(report);
foreach (var failure in report.Failures.Take(5))
{
    Console.WriteLine($"--- {failure.Exception.GetType().Name}: {failure.Exception.Message}\n{failure.Document}");
}

if (report.Slowest.TotalMilliseconds >= 100)
{
    Console.WriteLine($"--- slowest document:\n{report.SlowestDocument}");
}

return report.Failures.Count == 0 && report.Slowest.TotalMilliseconds < 100 ? 0 : 1;
