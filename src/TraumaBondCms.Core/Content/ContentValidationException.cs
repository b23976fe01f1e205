namespace TraumaBondCms.Core.Content;

/// <summary>Field values were rejected; nothing was written. <see cref="Errors"/> names each field and problem.</summary>
public sealed class ContentValidationException(IReadOnlyList<FieldError> errors)
    : Exception("Content is invalid: " + string.Join(" ", errors.Select(e => $"{e.Field}: {e.Message}")))
{
    /// <summary>Every problem found, at least one.</summary>
    public IReadOnlyList<FieldError> Errors { get; } = errors;

    /// <summary>Creates the exception for a single field.</summary>
    public static ContentValidationException For(string field, string message) => new([new FieldError(field, message)]);
}
