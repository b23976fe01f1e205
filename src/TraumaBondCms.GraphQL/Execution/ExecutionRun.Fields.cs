using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Execution;

// §6.3 Executing Selection Sets and §6.4 Executing Fields
// (https://spec.graphql.org/October2021/#sec-Executing-Selection-Sets).
internal sealed partial class ExecutionRun
{
    /// <summary>
    /// §6.3 ExecuteSelectionSet, "normal" (parallel-safe) evaluation: every field is started in selection order;
    /// those that finish synchronously are stored at once, the others are awaited together. Returns the
    /// response map, or <see cref="Invalid"/> when a non-null field failed.
    /// </summary>
    private ValueTask<object?> ExecuteFields(ObjectType objectType, object? source, CollectedFields fields, ResponsePath? path)
    {
        Charge(fields.KeyBytes);
        var map = new ResultMap(fields.Keys);
        var plans = fields.Fields;
        var values = map.ValueArray;
        List<Task<bool>>? pending = null;
        var invalid = false;
        for (var i = 0; i < plans.Length; i++)
        {
            var plan = plans[i];
            var value = ExecuteField(objectType, source, plan, PendingPath.Field(path, plan.ResponseName));
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
            return new ValueTask<object?>(invalid ? Invalid : map);
        }

        return new ValueTask<object?>(AwaitAll(map, pending, invalid));
    }

    /// <summary>§6.2.2 / §6.3.1 serial execution: each root mutation field completes before the next starts.</summary>
    private async ValueTask<object?> ExecuteFieldsSerially(ObjectType objectType, object? source, CollectedFields fields)
    {
        var map = new ResultMap(fields.Keys);
        var invalid = false;
        for (var i = 0; i < fields.Fields.Length; i++)
        {
            var plan = fields.Fields[i];
            var value = await ExecuteField(objectType, source, plan, PendingPath.Field(null, plan.ResponseName)).ConfigureAwait(false);
            if (ReferenceEquals(value, Invalid))
            {
                invalid = true;
            }
            else
            {
                map.Set(i, value);
            }
        }

        return invalid ? Invalid : map;
    }

    /// <summary>
    /// §6.4 ExecuteField: coerce arguments, resolve (the field's resolver or the default one), complete.
    /// Errors become field errors here; only cancellation of the request escapes.
    /// </summary>
    private ValueTask<object?> ExecuteField(ObjectType objectType, object? source, FieldPlan plan, PendingPath path)
    {
        Token.ThrowIfCancellationRequested();
        if (plan.IsTypeName)
        {
            return new ValueTask<object?>(objectType.Name);
        }

        var site = new FieldSite(plan, objectType, source);
        var definition = plan.Definition;
        object? resolved;
        try
        {
            var arguments = plan.GetArguments(this);
            if (definition.Resolver is not { } resolver)
            {
                resolved = plan.ResolveByDefault(source);
            }
            else
            {
                var pending = resolver(new FieldContext(this, site, arguments, path.Build()));
                if (!pending.IsCompletedSuccessfully)
                {
                    return ResolveAndCompleteAsync(pending, site, path);
                }

                resolved = pending.Result;
            }
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return new ValueTask<object?>(FieldError(exception, definition.Type, site, path));
        }

        return CompleteValue(definition.Type, site, resolved, path);
    }

    private async ValueTask<object?> ResolveAndCompleteAsync(ValueTask<object?> pending, FieldSite site, PendingPath path)
    {
        object? resolved;
        try
        {
            resolved = await pending.ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return FieldError(exception, site.Plan.Definition.Type, site, path);
        }

        return await CompleteValue(site.Plan.Definition.Type, site, resolved, path).ConfigureAwait(false);
    }

    private static async Task<bool> StoreWhenDone(object?[] values, int index, ValueTask<object?> pending)
    {
        var value = await pending.ConfigureAwait(false);
        if (ReferenceEquals(value, Invalid))
        {
            return false;
        }

        values[index] = value;
        return true;
    }

    private static async Task<object?> AwaitAll(object result, List<Task<bool>> pending, bool invalid)
    {
        foreach (var task in pending)
        {
            invalid |= !await task.ConfigureAwait(false);
        }

        return invalid ? Invalid : result;
    }
}
