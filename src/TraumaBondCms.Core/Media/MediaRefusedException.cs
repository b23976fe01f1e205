namespace TraumaBondCms.Core.Media;

/// <summary>An upload that is not accepted; <see cref="Exception.Message"/> tells the uploader why, in plain words.</summary>
public sealed class MediaRefusedException(MediaRefusalKind kind, string message) : Exception(message)
{
    /// <summary>The reason, for the HTTP status and for tests.</summary>
    public MediaRefusalKind Kind { get; } = kind;
}
