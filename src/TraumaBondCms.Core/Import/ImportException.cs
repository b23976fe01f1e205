namespace TraumaBondCms.Core.Import;

/// <summary>
/// Thrown by <see cref="PlainTextArticleImporter"/> when the text cannot become an article, e.g. it is empty
/// or nothing but promotional material. The message is meant to be shown to the editor as is.
/// </summary>
public sealed class ImportException : Exception
{
    /// <summary>Creates the exception with a message for the editor.</summary>
    public ImportException(string message)
        : base(message)
    {
    }
}
