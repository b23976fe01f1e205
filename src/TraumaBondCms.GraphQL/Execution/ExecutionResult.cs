using System.Buffers;
using System.Text;
using System.Text.Json;
using TraumaBondCms.GraphQL.Errors;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// The response of one request (https://spec.graphql.org/October2021/#sec-Response-Format): <c>data</c> when
/// execution started (null when an error reached the root), <c>errors</c> when any were raised, and optional
/// <c>extensions</c>. A result without data is a request error: the request failed before execution (parse,
/// validation, variables, limits, persisted query lookup). Immutable once returned; thread safe to read.
/// </summary>
public sealed class ExecutionResult
{
    private ExecutionResult(bool hasData, ResultMap? data, IReadOnlyList<GraphQLError> errors, IReadOnlyDictionary<string, object?>? extensions)
    {
        HasData = hasData;
        Data = data;
        Errors = errors;
        Extensions = extensions;
    }

    /// <summary>True when execution started, so the response has a <c>data</c> entry (§7.1.1).</summary>
    public bool HasData { get; }

    /// <summary>The data entry, or null when absent (see <see cref="HasData"/>) or nulled by an error on a non-null root field.</summary>
    public ResultMap? Data { get; }

    /// <summary>Request or field errors in the order they were raised; empty when none.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Response extensions, or null for none.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>True when the request failed before execution: there are errors and no data entry.</summary>
    public bool IsRequestError => !HasData;

    /// <summary>A request error: no data entry, only <paramref name="errors"/>.</summary>
    /// <exception cref="ArgumentException">When <paramref name="errors"/> is empty (a request error needs one, §7.1.2).</exception>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count > 0
            ? new ExecutionResult(false, null, errors, null)
            : throw new ArgumentException("A request error needs at least one error.", nameof(errors));
    }

    /// <summary>A request error made of one error.</summary>
    public static ExecutionResult FromError(GraphQLError error) => FromErrors([error]);

    /// <summary>An executed result: data (null when nulled at the root) and the field errors raised.</summary>
    public static ExecutionResult FromData(ResultMap? data, IReadOnlyList<GraphQLError> errors) => new(true, data, errors, null);

    /// <summary>A copy with <paramref name="extensions"/> as the response's <c>extensions</c> entry.</summary>
    public ExecutionResult WithExtensions(IReadOnlyDictionary<string, object?>? extensions) => new(HasData, Data, Errors, extensions);

    /// <summary>Writes the response as JSON: <c>errors</c> first when present, then <c>data</c>, then <c>extensions</c> (§7.1 recommends this order).</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WriteStartArray("errors");
            foreach (var error in Errors)
            {
                error.WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        if (HasData)
        {
            writer.WritePropertyName("data");
            ResultJsonWriter.WriteValue(writer, Data);
        }

        if (Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            ResultJsonWriter.WriteValue(writer, Extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>The response as compact JSON text.</summary>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The response as compact JSON text.</summary>
    public override string ToString() => ToJson();
}
