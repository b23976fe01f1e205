using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Recipes;

namespace TraumaBondCms.Web.Http;

/// <summary>
/// Turns domain exceptions into ProblemDetails responses with the right status code and the field names
/// at fault, so a client never sees a 500 for bad input. Anything unexpected is a 500 without internals.
/// </summary>
public sealed class CmsExceptionHandler(IProblemDetailsService problems, Auth.PermissionDenials denials, ILogger<CmsExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(httpContext, exception);
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        if (exception is CmsForbiddenException forbidden && problem.Status == 403)
        {
            await denials.RecordAsync(httpContext, forbidden.Permission);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The ProblemDetails for an exception.</summary>
    public static ProblemDetails Map(HttpContext httpContext, Exception exception) => exception switch
    {
        ContentValidationException e => Validation("Content is invalid.", e.Errors.GroupBy(x => x.Field).ToDictionary(g => g.Key, g => g.Select(x => x.Message).ToArray())),
        UnknownContentTypeException e => Validation(e.Message, new() { ["contentType"] = [e.Message] }),
        DuplicateSlugException e => new ValidationProblemDetails(new Dictionary<string, string[]> { [e.Field ?? "slug"] = [e.Message] }) { Status = 409, Title = "Duplicate slug.", Detail = e.Message },
        Core.Localization.TranslationExistsException e => new ValidationProblemDetails(new Dictionary<string, string[]> { ["culture"] = [e.Message] })
        {
            Status = 409,
            Title = "Translation exists.",
            Detail = e.Message,
            Extensions = { ["existingContentItemId"] = e.ExistingContentItemId },
        },
        ContentNotFoundException e => Problem(404, "Not found.", e.Message),
        // The exception-handler middleware strips ETag headers from error responses, so the current tag travels in the body.
        ConcurrencyConflictException e => new ProblemDetails
        {
            Status = 412,
            Title = "The item has changed.",
            Detail = e.Message + " Reload it and apply your change again.",
            Extensions = { ["currentETag"] = e.CurrentETag },
        },
        CmsForbiddenException e when httpContext.User.Identity?.IsAuthenticated != true => Problem(401, "Sign-in required.", e.Message),
        CmsForbiddenException e => Problem(403, "Forbidden.", e.Message),
        Users.UserNotFoundException e => Problem(404, "Not found.", e.Message),
        DuplicateUserException e => Validation(e.Message, new() { ["userName"] = [e.Message] }, 409),
        RecipeException e => Problem(400, "The recipe cannot run.", e.Message),
        Search.SearchParameterException e => Validation(e.Message, new() { [e.Parameter] = [e.Message] }),
        Workflow.WorkflowRefusedException e => Refused(e),
        Core.Media.MediaRefusedException e => Problem(Media.MediaProblems.StatusOf(e.Kind), Media.MediaProblems.TitleOf(e.Kind), e.Message),
        Media.MediaNotFoundException e => Problem(404, "Not found.", e.Message),
        Media.MediaConflictException e => new ProblemDetails { Status = 409, Title = "The media library refused the change.", Detail = e.Message, Extensions = { ["items"] = e.Items } },
        BadHttpRequestException { InnerException: JsonException json } => Problem(400, "Malformed JSON.", $"The request body is not valid JSON: {json.Message}"),
        BadHttpRequestException { StatusCode: 413 } => Problem(413, "Request body too large.", exception.Message),
        BadHttpRequestException e => Problem(e.StatusCode, "Bad request.", e.Message),
        JsonException e => Problem(400, "Malformed JSON.", e.Message),
        OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => Problem(400, "The request was cancelled.", null),
        _ => Problem(500, "An unexpected error occurred.", "The error was logged. Nothing was changed by the failed request."),
    };

    private static ProblemDetails Problem(int status, string title, string? detail) => new() { Status = status, Title = title, Detail = detail };

    private static ProblemDetails Refused(Workflow.WorkflowRefusedException e) => new()
    {
        Status = e.Kind switch { Core.Workflow.RefusalKind.Forbidden => 403, Core.Workflow.RefusalKind.Conflict => 409, _ => 400 },
        Title = "The workflow does not allow this.",
        Detail = e.Message,
        Extensions = { ["refusals"] = e.Decision.Refusals.Select(r => new { rule = r.Rule, kind = r.Kind.ToString(), message = r.Message }).ToArray() },
    };

    private static ValidationProblemDetails Validation(string detail, Dictionary<string, string[]> errors, int status = 400) =>
        new(errors) { Status = status, Title = "One or more fields are invalid.", Detail = detail };
}
