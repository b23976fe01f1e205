namespace TraumaBondCms.Data.Search;

/// <summary>
/// One entry of the search change log, appended in the transaction that changed what an index must hold: the item whose
/// entry in <see cref="Scope"/> changed (<c>public</c> or <c>editorial</c>), the version it holds there now (null when the
/// item left the scope), and the entry's place in commit order. <see cref="RebuildScope"/> asks every node to rebuild;
/// <see cref="SetScope"/> says a translation of the item entered or left a scope (the item's entries name its set's cultures).
/// </summary>
public sealed record SearchChange(long Sequence, string ContentItemId, string? ContentItemVersionId, string Scope)
{
    /// <summary>The scope of an entry that asks every node to rebuild its index from the stored documents.</summary>
    public const string RebuildScope = "rebuild";

    /// <summary>The scope of an entry about an item whose localization set changed in a scope.</summary>
    public const string SetScope = "set";

    /// <summary>True for a rebuild request.</summary>
    public bool IsRebuild => Scope == RebuildScope;
}
