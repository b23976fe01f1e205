using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.GraphQL.Resolvers;

/// <summary>
/// Turns the CMS's domain exceptions into GraphQL field errors with <see cref="ContentErrorCodes"/>, the same mapping the
/// REST API makes to status codes (403/401, 409, 400, 404), so a refusal reads alike on both APIs. Thread-safe.
/// </summary>
public static class ContentErrors
{
    /// <summary>Wraps a resolver so domain exceptions reach the client as coded GraphQL errors.</summary>
    public static FieldResolver Guard(FieldResolver resolver) => async context =>
    {
        try
        {
            return await resolver(context);
        }
        catch (Exception exception) when (Map(exception, context.GetRequestContext<ContentRequestContext>()?.Actor ?? CmsActor.Anonymous) is { } error)
        {
            throw error;
        }
    };

    /// <summary>A validation error naming one input field.</summary>
    public static GraphQLException Validation(string field, string message) =>
        new(message, ContentErrorCodes.ValidationFailed, new Dictionary<string, object?> { ["fields"] = new[] { Field(field, message) } });

    /// <summary>The coded error for a domain exception; null for exceptions that are not the client's doing (reported as internal errors).</summary>
    public static GraphQLException? Map(Exception exception, CmsActor actor) => exception switch
    {
        GraphQLException => null,
        ContentValidationException e => new GraphQLException(
            e.Message,
            ContentErrorCodes.ValidationFailed,
            new Dictionary<string, object?> { ["fields"] = e.Errors.Select(x => Field(x.Field, x.Message)).ToArray() }),
        UnknownContentTypeException e => Validation("contentType", e.Message),
        DuplicateSlugException e => new GraphQLException(
            e.Message,
            ContentErrorCodes.Conflict,
            new Dictionary<string, object?> { ["fields"] = new[] { Field(e.Field ?? "slug", e.Message) } }),
        Core.Localization.TranslationExistsException e => new GraphQLException(
            e.Message,
            ContentErrorCodes.Conflict,
            new Dictionary<string, object?> { ["existingContentItemId"] = e.ExistingContentItemId, ["fields"] = new[] { Field("culture", e.Message) } }),
        ConcurrencyConflictException e => new GraphQLException(
            e.Message + " Reload it and apply your change again.",
            ContentErrorCodes.Conflict,
            // The number is what `version` and `expectedVersion` hold; the id names the exact version (REST's ETag).
            new Dictionary<string, object?> { ["currentVersion"] = e.CurrentVersion, ["currentVersionId"] = e.CurrentETag.Trim('"') }),
        ContentNotFoundException e => new GraphQLException(e.Message, ContentErrorCodes.NotFound),
        Users.UserNotFoundException e => new GraphQLException(e.Message, ContentErrorCodes.NotFound),
        CmsForbiddenException e => new GraphQLException(
            e.Message,
            actor.UserName is null ? ContentErrorCodes.Unauthenticated : ContentErrorCodes.Forbidden,
            new Dictionary<string, object?> { ["permission"] = e.Permission }),
        WorkflowRefusedException e => new GraphQLException(
            e.Message,
            e.Kind switch
            {
                RefusalKind.Forbidden => actor.UserName is null ? ContentErrorCodes.Unauthenticated : ContentErrorCodes.Forbidden,
                RefusalKind.Conflict => ContentErrorCodes.Conflict,
                _ => ContentErrorCodes.ValidationFailed,
            },
            new Dictionary<string, object?>
            {
                ["refusals"] = e.Decision.Refusals.Select(r => new Dictionary<string, object?> { ["rule"] = r.Rule, ["kind"] = r.Kind.ToString(), ["message"] = r.Message }).ToArray(),
            }),
        _ => null,
    };

    private static Dictionary<string, object?> Field(string field, string message) => new() { ["field"] = field, ["message"] = message };
}
