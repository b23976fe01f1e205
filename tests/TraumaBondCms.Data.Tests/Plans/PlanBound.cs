namespace TraumaBondCms.Data.Tests.Plans;

/// <summary>What a query shape may cost, checked against its plan and against the rows it reads on the seeded database.</summary>
public enum PlanBound
{
    /// <summary>
    /// O(page): every table that grows with content is read through an index; an index is walked from its start only in
    /// the order the statement asks for, cut short by its LIMIT and never followed by a sort; the rows read stay within the
    /// shape's budget.
    /// </summary>
    Page,

    /// <summary>
    /// An ordered index walk that checks a condition no index answers (text containing a word, a negation) row by row until
    /// the page is full: no full table scan and no sort, but the rows read depend on how many rows match.
    /// </summary>
    Walk,

    /// <summary>
    /// The rows that match, found through an index (an item's rows, a list of ids or slugs), sorted if need be: no full
    /// table scan, no index walked whole (only up to a LIMIT), and the rows read stay within the shape's budget.
    /// </summary>
    Matches,

    /// <summary>
    /// A count (never a shape's bound: the judges apply it to every <c>SELECT COUNT(*)</c>). A count reads every match by
    /// nature (published counts are cached per content generation), so only a full scan of a table fails it.
    /// </summary>
    Count,
}
