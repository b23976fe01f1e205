namespace TraumaBondCms.Core.Search;

/// <summary>
/// Folded words that must appear next to each other, in order (<c>"no contact"</c>); a quoted single word is a one-word
/// phrase.
/// </summary>
public sealed record SearchPhrase(IReadOnlyList<string> Words) : SearchNode
{
    /// <inheritdoc />
    public override IEnumerable<SearchNode> Leaves => [this];

    /// <summary>Phrases are equal when their words are, in order.</summary>
    public bool Equals(SearchPhrase? other) => other is not null && Words.SequenceEqual(other.Words, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => Words.Aggregate(17, (hash, word) => HashCode.Combine(hash, StringComparer.Ordinal.GetHashCode(word)));

    /// <summary>The query-language form: <c>"no contact"</c>.</summary>
    public override string ToString() => "\"" + string.Join(' ', Words) + "\"";
}
