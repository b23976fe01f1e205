using System.Globalization;
using System.Text.Json;
using TraumaBondCms.GraphQL.Bench;
using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Language;

// Measures the engine in-process on the workloads tests/js/bench-graphqljs.mjs runs on graphql-js, and prints
// one JSON object of results (operations per second; microseconds for the cache hits).
// "--print-introspection-query" prints the engine's standard introspection query, so graphql-js runs exactly the same text.
if (args is ["--print-introspection-query"])
{
    Console.Write(TraumaBondCms.GraphQL.Introspection.IntrospectionQuery.Text);
    return;
}

var schema = BenchData.CreateSchema();
var executor = new GraphQLExecutor();
var introspection = new GraphQLRequest(TraumaBondCms.GraphQL.Introspection.IntrospectionQuery.Text);
var items = new GraphQLRequest(BenchData.Read("items-query.graphql"));
var bigDocument = BenchData.Read("document-20kb.graphql");
var validator = executor.Options.Validator;

Check(Execute(introspection), "introspection");
Check(Execute(items), "items");

// "dotnet run -c Release -- items" measures only the workloads whose names contain "items" (for quick iterations).
// Throughput workloads report "<name>OpsPerSec" and "<name>OpsPerCpuSec"; cache hits report wall and CPU microseconds per hit.
var only = args.FirstOrDefault();
var throughput = new (string Name, Action Operation)[]
{
    ("introspection", () => Execute(introspection)),
    ("items", () => Execute(items)),
    ("parseValidate20kb", () => validator.Validate(schema, Parser.Parse(bigDocument))),
};
var results = new Dictionary<string, object> { ["engine"] = "TraumaBondCms.GraphQL", ["validator"] = validator.GetType().Name };
foreach (var (name, operation) in throughput.Where(workload => only is null || workload.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
{
    var (perSecond, perCpuSecond) = Throughput.Measure(operation);
    results[name + "OpsPerSec"] = perSecond;
    results[name + "OpsPerCpuSec"] = perCpuSecond;
}

if (only is null || "cache".Contains(only, StringComparison.OrdinalIgnoreCase))
{
    executor.Prepare(schema, bigDocument);
    foreach (var (name, query) in new[] { ("Items", items.Query!), ("20kb", bigDocument) })
    {
        // Looked up with an equal text of another instance, as a request's freshly read body is: no reference shortcut.
        var asked = new string(query.AsSpan());
        var (perSecond, perCpuSecond) = Throughput.Measure(() => executor.Options.DocumentCache!.TryGet(schema, asked, out _));
        results[$"cacheHit{name}Micros"] = 1e6 / perSecond;
        results[$"cacheHit{name}CpuMicros"] = 1e6 / perCpuSecond;
    }
}

Console.WriteLine(JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));

// Every request runs on the cached, already parsed document: the comparison is against graphql-js's execute().
ExecutionResult Execute(GraphQLRequest request)
{
    var pending = executor.ExecuteAsync(schema, request);
    return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
}

static void Check(ExecutionResult result, string name)
{
    if (result.Errors.Count > 0)
    {
        throw new InvalidOperationException($"The {name} workload failed: {result.ToJson()}");
    }

    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {result.ToJson().Length} bytes of JSON"));
}
