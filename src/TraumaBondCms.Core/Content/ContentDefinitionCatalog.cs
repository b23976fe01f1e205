using System.Collections.Frozen;

namespace TraumaBondCms.Core.Content;

/// <summary>
/// An immutable snapshot of every content type. Replaced as a whole when a recipe changes definitions,
/// so readers holding a snapshot never see a half-applied change. Thread-safe.
/// </summary>
public sealed class ContentDefinitionCatalog
{
    private readonly FrozenDictionary<string, ContentTypeDefinition> _types;

    /// <summary>Creates a catalog; throws <see cref="ContentDefinitionException"/> when the definitions are inconsistent.</summary>
    public ContentDefinitionCatalog(IEnumerable<ContentTypeDefinition> types)
    {
        var list = types.ToList();
        ContentDefinitionValidator.ThrowIfInvalid(list);
        Types = list.OrderBy(t => t.Name, StringComparer.Ordinal).ToArray();
        _types = Types.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>An empty catalog, before the setup recipe has run.</summary>
    public static ContentDefinitionCatalog Empty { get; } = new([]);

    /// <summary>All types, ordered by name.</summary>
    public IReadOnlyList<ContentTypeDefinition> Types { get; }

    /// <summary>Finds a type by exact name; null when there is none.</summary>
    public ContentTypeDefinition? Find(string name) => _types.GetValueOrDefault(name);

    /// <summary>Finds a type by exact name or throws <see cref="UnknownContentTypeException"/>.</summary>
    public ContentTypeDefinition Get(string name) => Find(name) ?? throw new UnknownContentTypeException(name);

    /// <summary>Returns a new catalog with <paramref name="changed"/> added or replacing the types of the same names.</summary>
    public ContentDefinitionCatalog With(IEnumerable<ContentTypeDefinition> changed)
    {
        var merged = _types.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var type in changed)
        {
            merged[type.Name] = type;
        }

        return new ContentDefinitionCatalog(merged.Values);
    }
}
