using System.Globalization;
using System.Text.Json;
using TraumaBondCms.GraphQL.Bench;
using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Language;

// Measures the engine in-process on the workloads tests/js/bench-graphqljs.mjs runs on graphql-js, and prints
// one JSON object of results (operations per second; microseconds for the cache hits).
var schema = BenchData.CreateSchema();
var executor = new GraphQLExecutor();
var introspection = new GraphQLRequest(BenchData.Read("introspection-query.graphql"));
var items = new GraphQLRequest(BenchData.Read("items-query.graphql"));
var bigDocument = BenchData.Read("document-20kb.graphql");
var validator = executor.Options.Validator;

Check(Execute(introspection), "introspection");
Check(Execute(items), "items");

// "dotnet run -c Release -- items" measures only the workloads whose names contain "items" (for quick iterations).
var only = args.FirstOrDefault();
var workloads = new (string Name, Func<double> Measure)[]
{
    ("introspectionOpsPerSec", () => Throughput.OpsPerSecond(() => Execute(introspection))),
    ("itemsOpsPerSec", () => Throughput.OpsPerSecond(() => Execute(items))),
    ("parseValidate20kbOpsPerSec", () => Throughput.OpsPerSecond(() => validator.Validate(schema, Parser.Parse(bigDocument)))),
    ("cacheHitItemsMicros", () => 1e6 / Throughput.OpsPerSecond(() => executor.Options.DocumentCache!.TryGet(schema, items.Query!, out _))),
    ("cacheHit20kbMicros", CacheHit20kbMicros),
};
var results = new Dictionary<string, object> { ["engine"] = "TraumaBondCms.GraphQL", ["validator"] = validator.GetType().Name };
foreach (var (name, measure) in workloads.Where(workload => only is null || workload.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
{
    results[name] = measure();
}

Console.WriteLine(JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));

// Every request runs on the cached, already parsed document: the comparison is against graphql-js's execute().
ExecutionResult Execute(GraphQLRequest request)
{
    var pending = executor.ExecuteAsync(schema, request);
    return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
}

double CacheHit20kbMicros()
{
    executor.Prepare(schema, bigDocument);
    return 1e6 / Throughput.OpsPerSecond(() => executor.Options.DocumentCache!.TryGet(schema, bigDocument, out _));
}

static void Check(ExecutionResult result, string name)
{
    if (result.Errors.Count > 0)
    {
        throw new InvalidOperationException($"The {name} workload failed: {result.ToJson()}");
    }

    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {result.ToJson().Length} bytes of JSON"));
}
