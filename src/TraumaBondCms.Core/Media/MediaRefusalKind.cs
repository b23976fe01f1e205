namespace TraumaBondCms.Core.Media;

/// <summary>Why an upload is refused; the web layer maps each to an HTTP status (415, 413 or 422).</summary>
public enum MediaRefusalKind
{
    /// <summary>The bytes are of no accepted format (an executable, an archive, HTML, an unknown file).</summary>
    UnsupportedType,

    /// <summary>SVG: it can carry scripts, and no maintained SVG sanitizer restores here, so it is refused.</summary>
    Svg,

    /// <summary>The file is valid as an accepted format and as something else too (data after its end, embedded markup).</summary>
    Polyglot,

    /// <summary>A PDF with active content (JavaScript, launch actions, embedded files, forms that submit) left after cleaning.</summary>
    ActiveContent,

    /// <summary>An encrypted PDF: it cannot be read to remove its metadata, so it cannot be vouched for.</summary>
    Encrypted,

    /// <summary>The file has more bytes than the configured limit.</summary>
    TooManyBytes,

    /// <summary>The image's header declares more pixels (or a longer side) than the configured limit: a decompression bomb, or simply too big.</summary>
    TooManyPixels,

    /// <summary>The file claims an accepted format but its structure is broken, or the decoder failed on it.</summary>
    Malformed,
}
