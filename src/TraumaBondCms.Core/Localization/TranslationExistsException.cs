namespace TraumaBondCms.Core.Localization;

/// <summary>The localization set already has an item in the culture asked for; nothing was written.</summary>
public sealed class TranslationExistsException(string localizationSet, string culture, string existingContentItemId)
    : Exception($"This item already has a translation in {culture}: '{existingContentItemId}'. Edit that one instead.")
{
    /// <summary>The localization set.</summary>
    public string LocalizationSet { get; } = localizationSet;

    /// <summary>The culture asked for.</summary>
    public string Culture { get; } = culture;

    /// <summary>The item that already holds the culture.</summary>
    public string ExistingContentItemId { get; } = existingContentItemId;
}
