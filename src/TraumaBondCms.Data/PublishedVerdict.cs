namespace TraumaBondCms.Data;

/// <summary>The verdict on one published version: whether readers may be served it, and if not, why.</summary>
/// <param name="Servable">True when the version verified (or is exempt from review, or a sample where samples are served).</param>
/// <param name="Problem">Why it is withheld, for operators; null when servable.</param>
public sealed record PublishedVerdict(bool Servable, string? Problem)
{
    /// <summary>Readers may be served the version.</summary>
    public static PublishedVerdict Serve { get; } = new(true, null);

    /// <summary>The version is withheld from readers because of <paramref name="problem"/>.</summary>
    public static PublishedVerdict Withhold(string problem) => new(false, problem);
}
