namespace TraumaBondCms.Core.Localization;

/// <summary>
/// A culture a site publishes content in, as the <c>Localization</c> recipe step enables it: its name, how editors and
/// readers see it named, and the cultures readers of it are served when an item has no translation in it, in order
/// (e.g. <c>es-MX</c> → <c>es-US</c>; the default culture always comes last). Immutable.
/// </summary>
public sealed record CultureDefinition
{
    /// <summary>The culture name (BCP 47, canonical case), e.g. <c>es-US</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The name shown in the admin UI, e.g. "Español (Estados Unidos)"; null shows <see cref="Name"/>.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The cultures to fall back to, most preferred first; the default culture follows them without being listed.</summary>
    public IReadOnlyList<string> Fallback { get; init; } = [];
}
