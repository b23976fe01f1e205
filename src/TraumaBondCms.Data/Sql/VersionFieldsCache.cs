using System.Collections.Concurrent;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Data.Sql;

/// <summary>
/// The parsed field values of versions, by version id. A version's fields never change once written, so an entry is valid
/// for as long as it is kept: reading a page of items most readers ask for costs no JSON parsing. Filled from read sessions
/// only (a write session may see a version its rollback discards). Holds at most <see cref="CapacityChars"/> characters of
/// JSON; a full cache starts over. Thread-safe.
/// </summary>
public sealed class VersionFieldsCache
{
    /// <summary>The most characters of stored JSON the cache holds (about 64 MB of it parsed).</summary>
    public const long CapacityChars = 16 * 1024 * 1024;

    private readonly ConcurrentDictionary<string, ContentFields> _fields = new(StringComparer.Ordinal);
    private long _chars;

    /// <summary>The fields of <paramref name="versionId"/>, parsed from <paramref name="json"/> on a miss; kept when <paramref name="keep"/>.</summary>
    public ContentFields Get(string versionId, Func<string> json, bool keep)
    {
        if (_fields.TryGetValue(versionId, out var fields))
        {
            return fields;
        }

        var text = json();
        fields = ContentFields.Parse(text);
        if (keep)
        {
            if (Interlocked.Add(ref _chars, text.Length) > CapacityChars)
            {
                _fields.Clear();
                Interlocked.Exchange(ref _chars, text.Length);
            }

            _fields.TryAdd(versionId, fields);
        }

        return fields;
    }

    /// <summary>Keeps <paramref name="fields"/> as the parsed fields of <paramref name="versionId"/>, replacing what was kept (fields read afresh from the database).</summary>
    public void Replace(string versionId, ContentFields fields) => _fields[versionId] = fields;
}
