using Lucene.Net.Search.Similarities;

namespace TraumaBondCms.Data.Search.Lucene;

/// <summary>
/// BM25 (k1 1.2, b 0.75) per field, with a gentle coverage factor for queries of several meaningful words: a document's
/// score is multiplied by the square root of the share of the query's clauses it matched. A document that matches every
/// word only weakly no longer outranks one that matches most words strongly (no all-words-first tier), yet between two
/// comparable matches the one that covers the question wins.
/// </summary>
internal sealed class CoverageSimilarity : BM25Similarity
{
    /// <inheritdoc />
    public override float Coord(int overlap, int maxOverlap) => maxOverlap <= 1 ? 1f : MathF.Sqrt(overlap / (float)maxOverlap);
}
