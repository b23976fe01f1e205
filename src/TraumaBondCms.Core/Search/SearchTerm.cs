namespace TraumaBondCms.Core.Search;

/// <summary>One folded word; with <see cref="Prefix"/>, any word starting with it (<c>bond*</c>).</summary>
public sealed record SearchTerm(string Word, bool Prefix = false) : SearchNode
{
    /// <inheritdoc />
    public override IEnumerable<SearchNode> Leaves => [this];

    /// <summary>The query-language form: <c>bond</c> or <c>bond*</c>.</summary>
    public override string ToString() => Prefix ? Word + "*" : Word;
}
