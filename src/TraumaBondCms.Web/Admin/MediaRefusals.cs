using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Media;
using TraumaBondCms.Web.Media;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Admin;

/// <summary>How the media library's refusals appear on admin pages: the HTTP status the API would answer and the reasons in words. Pure.</summary>
public static class MediaRefusals
{
    /// <summary>The status and messages for a refusal; false for exceptions that are not refusals (they propagate).</summary>
    public static bool TryDescribe(Exception exception, out int status, out IReadOnlyList<string> messages)
    {
        (status, messages) = exception switch
        {
            MediaRefusedException e => (MediaProblems.StatusOf(e.Kind), [$"{MediaProblems.TitleOf(e.Kind)} {e.Message}"]),
            ContentValidationException e => (StatusCodes.Status400BadRequest, e.Errors.Select(x => x.Message).ToList()),
            MediaConflictException or WorkflowRefusedException => (StatusCodes.Status409Conflict, [exception.Message]),
            _ => (0, (IReadOnlyList<string>)[]),
        };
        return status != 0;
    }
}
