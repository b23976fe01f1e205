using System.Collections;
using System.Text.Json;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.GraphQL.Types.Scalars;

namespace TraumaBondCms.GraphQL.Execution;

// §6.4.3 Value Completion and §6.4.4 Handling Field Errors
// (https://spec.graphql.org/October2021/#sec-Value-Completion).
internal sealed partial class ExecutionRun
{
    /// <summary>
    /// CompleteValue: null checks, leaf serialization, lists and objects. Returns the completed value, null, or
    /// <see cref="Invalid"/> when this position is non-null and could not be completed (the error is already
    /// recorded). A nullable position turns <see cref="Invalid"/> from below into null (§6.4.4).
    /// </summary>
    private ValueTask<object?> CompleteValue(GraphQLType type, FieldSite site, object? result, PendingPath path)
    {
        if (result is JsonElement element)
        {
            result = DefaultFieldResolver.FromJson(element);
        }

        if (type is NonNullType nonNull)
        {
            if (result is null)
            {
                return new ValueTask<object?>(NullError(site, path));
            }

            var inner = CompleteNonNullValue(nonNull.OfType, site, result, path);
            if (!inner.IsCompletedSuccessfully)
            {
                return CheckNotNullAsync(inner, site, path);
            }

            return new ValueTask<object?>(inner.Result ?? NullError(site, path));
        }

        if (result is null)
        {
            return default;
        }

        var completed = CompleteNonNullValue(type, site, result, path);
        if (!completed.IsCompletedSuccessfully)
        {
            return NullIfInvalidAsync(completed);
        }

        return ReferenceEquals(completed.Result, Invalid) ? default : completed;
    }

    // CompleteValue for a value that is not null, of a type that is not a non-null wrapper.
    private ValueTask<object?> CompleteNonNullValue(GraphQLType type, FieldSite site, object result, PendingPath path)
    {
        try
        {
            switch (type)
            {
                case ScalarType scalar:
                    return new ValueTask<object?>(Charged(SerializeScalar(scalar, result)));
                case EnumType enumType:
                    return new ValueTask<object?>(Charged(enumType.Serialize(result)));
                case ListType list:
                    return CompleteList(list.OfType, site, result, path);
                case ObjectType objectType:
                    return ExecuteFields(objectType, result, site.Plan.GetSubfields(objectType, this), path.Build());
                default:
                    var objectPath = path.Build();
                    var runtimeType = ResolveAbstractType((NamedType)type, site, result, objectPath);
                    return ExecuteFields(runtimeType, result, site.Plan.GetSubfields(runtimeType, this), objectPath);
            }
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            // A leaf that cannot be serialized or an abstract type that cannot be resolved: the error is this
            // position's, which the caller nulls or propagates according to its type.
            RecordFieldError(exception, site, path);
            return new ValueTask<object?>(Invalid);
        }
    }

    /// <summary>§6.4.3 lists: each item is completed against the item type; a failed non-null item invalidates the list.</summary>
    private ValueTask<object?> CompleteList(GraphQLType itemType, FieldSite site, object result, PendingPath path)
    {
        if (result is string or IDictionary || result is not IEnumerable enumerable)
        {
            throw new GraphQLException($"Expected a list for field \"{site.Coordinate}\", but the resolver returned {result.GetType().Name}.");
        }

        var items = enumerable as IList ?? enumerable.Cast<object?>().ToList();
        Charge(items.Count + 2);
        var values = new object?[items.Count];
        var listPath = path.Build();
        List<Task<bool>>? pending = null;
        var invalid = false;
        for (var i = 0; i < values.Length; i++)
        {
            var value = CompleteValue(itemType, site, items[i], PendingPath.Item(listPath, i));
            if (!value.IsCompletedSuccessfully)
            {
                (pending ??= []).Add(StoreWhenDone(values, i, value));
            }
            else if (ReferenceEquals(value.Result, Invalid))
            {
                invalid = true;
            }
            else
            {
                values[i] = value.Result;
            }
        }

        if (pending is null)
        {
            return new ValueTask<object?>(invalid ? Invalid : values);
        }

        return new ValueTask<object?>(AwaitAll(values, pending, invalid));
    }

    // A leaf's share of the response size (structured scalar values are walked, so a JSON tree counts in full).
    private object? Charged(object? value)
    {
        if (_maxResponseBytes is not null)
        {
            Charge(ResponseSizeEstimate.Of(value));
        }

        return value;
    }

    private async ValueTask<object?> CheckNotNullAsync(ValueTask<object?> pending, FieldSite site, PendingPath path) =>
        await pending.ConfigureAwait(false) ?? NullError(site, path);

    // The built-in scalars return values of their own CLR type unchanged, so those skip Serialize (and a second boxing).
    private static object? SerializeScalar(ScalarType scalar, object value) => value switch
    {
        string when ReferenceEquals(scalar, BuiltInScalars.String) || ReferenceEquals(scalar, BuiltInScalars.ID) => value,
        int when ReferenceEquals(scalar, BuiltInScalars.Int) => value,
        bool when ReferenceEquals(scalar, BuiltInScalars.Boolean) => value,
        double number when double.IsFinite(number) && ReferenceEquals(scalar, BuiltInScalars.Float) => value,
        _ => scalar.Serialize(value),
    };

    private static async ValueTask<object?> NullIfInvalidAsync(ValueTask<object?> pending)
    {
        var value = await pending.ConfigureAwait(false);
        return ReferenceEquals(value, Invalid) ? null : value;
    }
}
