using System.Text.Json;
using System.Text.Json.Nodes;
using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Limits;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Tests.Execution;

/// <summary>Runs documents through <see cref="GraphQLExecutor"/> and compares responses as JSON text.</summary>
internal static class ExecutionHarness
{
    /// <summary>
    /// No limits and no validation, so tests see how execution itself handles any document (the executor must not
    /// rely on validation having run); a new instance (and cache) each time. Tests meant to change when the spec
    /// §5 validator becomes the default use <c>new GraphQLExecutorOptions()</c> instead, and say so.
    /// </summary>
    public static GraphQLExecutorOptions Unlimited => new() { Limits = QueryLimits.None, Validator = PassThroughDocumentValidator.Instance };

    /// <summary>The default options: whatever validator is the default.</summary>
    public static GraphQLExecutorOptions Defaults => new();

    public static Task<ExecutionResult> ExecuteAsync(
        Schema schema,
        string query,
        string? variablesJson = null,
        string? operationName = null,
        GraphQLExecutorOptions? options = null,
        ExecutionScope? scope = null,
        CancellationToken cancellationToken = default) =>
        new GraphQLExecutor(options ?? Unlimited)
            .ExecuteAsync(schema, new GraphQLRequest(query, operationName, Variables(variablesJson)), scope, cancellationToken)
            .AsTask();

    /// <summary>Executes and asserts the whole response, given as relaxed JSON (any spacing).</summary>
    public static async Task AssertResponseAsync(Schema schema, string query, string expectedJson, string? variablesJson = null, GraphQLExecutorOptions? options = null)
    {
        var result = await ExecuteAsync(schema, query, variablesJson, options: options);

        AssertJson(expectedJson, result.ToJson());
    }

    /// <summary>Compares JSON texts after normalising whitespace; key order matters (it is the selection order).</summary>
    public static void AssertJson(string expectedJson, string actualJson) =>
        Assert.Equal(JsonNode.Parse(expectedJson)!.ToJsonString(), JsonNode.Parse(actualJson)!.ToJsonString());

    /// <summary>Variables as the HTTP endpoint passes them: name to <see cref="JsonElement"/>.</summary>
    public static IReadOnlyDictionary<string, object?>? Variables(string? json) =>
        json is null ? null : JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(property => property.Name, property => (object?)property.Value.Clone());

    /// <summary>The codes of the response's errors, in order.</summary>
    public static IEnumerable<string?> Codes(ExecutionResult result) => result.Errors.Select(error => error.Code);
}
