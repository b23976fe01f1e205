namespace TraumaBondCms.Core.Import;

/// <summary>Whether a block is promotional material rather than article content.</summary>
internal enum PromoRole
{
    /// <summary>Article content.</summary>
    None,

    /// <summary>A heading-like line that opens a promotional section ("CALL TO ACTION", "🎵 Music").</summary>
    SectionStart,

    /// <summary>A stray promotional line ("Share", "→ Spotify", an emoji share/follow prompt).</summary>
    Line,
}
